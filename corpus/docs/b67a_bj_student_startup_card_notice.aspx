

<!DOCTYPE html>
<html>
<head><meta http-equiv="pragma" content="no-cache" /><meta name="renderer" content="webkit|ie-comp|ie-stand" /><meta http-equiv="cache-control" content="no-cache" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="expires" content="0" /><meta http-equiv="keywords" content="北京师范大学政府管理学院,政府管理学院,北师大政府管理学院,北师大政府管理学院,www.heu.edu.cn" /><meta http-equiv="description" content="欢迎访问北京师范大学政府管理学院" /><meta http-equiv="X-UA-Compatible" content="IE=edge,Chrome=1" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE10" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta http-equiv="X-UA-Compatible" content="IE=9" /><meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0" /><title>
	北京师范大学政府管理学院
</title>
    <script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
    <script type="text/javascript" src="js/bootstrap.js"></script>
    <script type="text/javascript" src="js/slider.js"></script>
    <script type="text/javascript" src="js/dropdown.js"></script>
    <script src="js/jquery-accordion-menu.js" type="text/javascript"></script>
    <script src="js/jquery-3.1.1.js"></script>
    <link rel="stylesheet" href="css/bootstrap.min.css" /><link rel="stylesheet" href="css/css.css" /><link rel="stylesheet" href="css/style.css" /><link rel="stylesheet" href="fonts/iconfont.css" /><link href="css/jquery-accordion-menu.css" rel="stylesheet" type="text/css" />
    <script src="js/responsive-util2.js"></script>
    <script src="js/scrolltopcontrol.js"></script>
    <script src="js/caidan.js"></script>
    <!--让bootstrap兼容ie8 
[if lte IE 8]-->
    <script type="text/javascript" src="js/respond.min.js"></script>
    <script type="text/javascript" src="js/html5.js"></script>
    <!--  [endif]
 [if lt IE 9]-->

    <script src="js/html5shiv.js"></script>
    <script src="js/respond.min.js"></script>
    <!-- [endif]-->
    <!-- HTML5 Shim and Respond.js IE8 support of HTML5 elements and media queries -->
    <script type="text/javascript">
        $(function () {
            $('#demo01').flexslider({
                animation: "slide",
                direction: "horizontal",
                easing: "swing",
            });
            $('#demo02').flexslider({
                animation: "slide",
                direction: "vertical",
                easing: "swing"
            });

            // 使用说明
            /*
                animation: "slide", //转换方式 fade淡入淡出 slide滚动
                direction:"horizontal", //滚动方向 horizontal左右 vertical上下
                slideshowSpeed: 3000, //停留时间
                directionNav: true, //是否显示左右控制按钮 true&false
                controlNav: true, //是否显示下方控制按钮 true&false
                mousewheel: false, //是否允许鼠标控制滚动 true&fals
            */

        });
        function _openSelectLink(selecto, linkname, addclicktimename) {
            if (linkname == undefined || linkname == "")
                linkname = "value";


            var index = selecto.selectedIndex;
            var option = selecto.options[index];

            var url = option.getAttribute("value");
            if (addclicktimename != undefined && addclicktimename != "") {
                try {
                    eval(option.getAttribute(addclicktimename))
                }
                catch (e) {
                }
            }

            window.open(url);

            if (selecto.selectedIndex != 0) {
                selecto.selectedIndex = 0;
            }
        }
    </script>




    <script type="text/javascript">
        jQuery(document).ready(function () {
            jQuery("#jquery-accordion-menu").jqueryAccordionMenu();

        });

        $(function () {
            //顶部导航切换

        })
        //banner轮播

    </script>
    <style>
.cex-list>li>a{
	color:#fff;
	padding:10px 19.8px;
}
</style>

</head>
<body style="background-color: #eee">
    <form name="form1" method="post" action="newshow.aspx?newid=4820&amp;wzlx=employment" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFhICBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUlc2RsaXN0LmFzcHg/Y2RpZD1lbXBsb3ltZW50JmNkbHg9anl6Y2QCCA8PFgIeBFRleHQFDOWwseS4muS/oeaBr2RkAgoPDxYCHwIFZOWFs+S6juWunueOsOWIm+S4mueahOavleS4muW5tOW6puWGhemrmOagoeWcqOagoeeUnyDlip7nkIbjgIrlsLHkuJrliJvkuJror4HjgIvmnInlhbPpl67popjnmoTpgJrnn6VkZAIMDw8WAh8CBQoyMDE3LTA0LTA2ZGQCDg8PFgIfAgUDMzM1ZGQCEA8PFgIfAgWJNjxwPg0KCeWQhOWMuuWOv+S6uuWKm+i1hOa6kOWSjOekvuS8muS/nemanOWxgOOAgei0ouaUv+WxgOOAgeWbveWutueojuWKoeWxgOOAgeWcsOaWueeojuWKoeWxgOOAgeWQhOmrmOetieWtpuagoe+8mg0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnkuLrotK/lvbvokL3lrp7jgIrlm73liqHpmaLlhbPkuo7ov5vkuIDmraXlgZrlpb3mlrDlvaLlir/kuIvlsLHkuJrliJvkuJrlt6XkvZznmoTmhI/op4HjgIvvvIjlm73lj5HjgJQyMDE144CVMjPlj7fvvInlkozjgIrotKLmlL/pg6gg5Zu95a6256iO5Yqh5oC75bGAIOS6uuWKm+i1hOa6kOekvuS8muS/nemanOmDqCDmlZnogrLpg6jlhbPkuo7mlK/mjIHlkozkv4Pov5vph43ngrnnvqTkvZPliJvkuJrlsLHkuJrnqI7mlLbmlL/nrZbmnInlhbPpl67popjnmoTooaXlhYXpgJrnn6XjgIvvvIjotKLnqI7jgJQyMDE144CVMTjlj7fvvInvvIznoa7kv53lrp7njrDliJvkuJrnmoTmr5XkuJrlubTluqblhoXpq5jmoKHlnKjmoKHnlJ/nlLPor7fkuqvlj5fnqI7mlLbkvJjmg6DmlL/nrZbvvIznjrDlsLHmnInlhbPpl67popjpgJrnn6XlpoLkuIvjgIINCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ5LiA44CB5pys6YCa55+l5omA56ew5a6e546w5Yib5Lia55qE5q+V5Lia5bm05bqm5YaF6auY5qCh5Zyo5qCh55Sf5piv5oyH5L6d5rOV5LuO5LqL5Liq5L2T57uP6JCl77yM5aSE5LqO5q+V5Lia5bm05bqm5YaF55qE5pys5biC5pmu6YCa6auY562J5a2m5qCh44CB5oiQ5Lq66auY562J5a2m5qCh5Zyo5qCh5a2m55Sf44CCDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCeS6jOOAgeacrOW4guWunueOsOWIm+S4mueahOavleS4muW5tOW6puWGhemrmOagoeWcqOagoeeUn+WFjei0ueeUs+mihuOAiuWwseS4muWIm+S4muivgeOAi++8jOWPr+aMieinhOWumueUs+ivt+S6q+WPl+eojuaUtuS8mOaDoOaUv+etluOAguacrOW4guWvueWunueOsOWIm+S4mueahOavleS4muW5tOW6puWGheaZrumAmumrmOagoeWcqOagoeeUn+WunuihjOWKs+WKqOWKm+WCqOWkh+euoeeQhuOAgg0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnkuInjgIHlrp7njrDliJvkuJrnmoTmr5XkuJrlubTluqblhoXpq5jmoKHlnKjmoKHnlJ8o5pys5biC55Sf5rqQ5oiQ5Lq66auY5qCh5Zyo5qCh55Sf6Zmk5aSWKeWPr+ebtOaOpeWQkeWIm+S4muWcsOWMuuWOv+S6uuWKm+i1hOa6kOWSjOekvuS8muS/nemanOWxgO+8iOS7peS4i+eugOensOWMuuWOv+S6uuWKm+ekvuS/neWxgO+8ieeUs+mihuOAiuWwseS4muWIm+S4muivgeOAi++8iOmZhOS7tjHvvInvvIzmiJblp5TmiZjmiYDlnKjpq5jmoKHlsLHkuJrmjIflr7zkuK3lv4PlkJHpq5jmoKHmiYDlnKjlnLDljLrljr/kurrlipvnpL7kv53lsYDku6PkuLrnlLPpoobjgIINCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ5Zub44CB5a6e546w5Yib5Lia55qE5q+V5Lia5bm05bqm5YaF6auY5qCh5Zyo5qCh55Sf55Sz6aKG44CK5bCx5Lia5Yib5Lia6K+B44CL77yM6K6k5a6a5Lqr5Y+X56iO5pS25LyY5oOg5pS/562W77yM5bqU5o+Q5Lqk5Lul5LiL5p2Q5paZ77yaDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCe+8iOS4gO+8ieOAiuWxheawkei6q+S7veivgeOAi+WOn+S7tuWPiuWkjeWNsOS7tuOAgeWtpueUn+ivgeWOn+S7tuWPiuWkjeWNsOS7tuOAgeaIt+WPo+ewv+WkjeWNsOS7tuWPiuS4quS6uui/keacn+WFjeWGoDLlr7jnhafniYfkuIDlvKDvvJsNCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ77yI5LqM77yJ57uP5a2m55Sf5pys5Lq6562+5a2X44CB5omA5Zyo6auY5qCh5bCx5Lia5oyH5a+85Lit5b+D55uW56ug55qE44CK5qC45Y+RJmx0O+WwseS4muWIm+S4muivgSZndDvkv6Hmga/ph4fpm4booajjgIvvvIjpmYTku7Yy77yJ77ybDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCe+8iOS4ie+8ieS4quS9k+W3peWVhuaIt+iQpeS4muaJp+eFp+WJr+acrOWPiuWkjeWNsOS7tu+8mw0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnvvIjlm5vvvInmrovnlr7lrabnlJ/lupTmj5DkvpvmjIHmnInnmoTjgIrkuK3ljY7kurrmsJHlhbHlkozlm73mrovnlr7kurror4HjgIvlpI3ljbDku7bvvJvkuqvlj5fmnIDkvY7nlJ/mtLvkv53pmpzlvoXpgYfnmoTlupTmj5DkvpvkvY7kv53ph5Hpooblj5bor4HlpI3ljbDku7bvvJsNCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ77yI5LqU77yJ5YW35pyJ6IGM5Lia5oqA5pyv6LWE5qC85oiW5LiT5Lia5oqA5pyv6IGM5Yqh55qE77yM5bqU5o+Q5Lqk6IGM5Lia6LWE5qC86K+B5Lmm5oiW5LiT5Lia5oqA5pyv6IGM5Yqh6K+B5Lmm5aSN5Y2w5Lu277ybDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCe+8iOWFre+8ieW4guS6uuWKm+ekvuS/neWxgOimgeaxguaPkOS6pOeahOWFtuWug+adkOaWmeOAgg0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnkupTjgIHljLrljr/kurrlipvnpL7kv53lsYDmoLnmja7mj5DkuqTnmoTmnZDmlpnvvIzlr7nmr5XkuJrlubTluqblhoXpq5jmoKHlnKjmoKHnlJ/nmoTkurrlkZjouqvku73lkozkuqvlj5fnqI7mlLbkvJjmg6DmlL/nrZbmnaHku7bov5vooYzmoLjlrp7jgILlrqHmoLjml6Dor6/nmoTvvIzlsIbnm7jlhbPkv6Hmga/lvZXlhaXkv6Hmga/ns7vnu5/vvIzmoLjlj5HjgIrlsLHkuJrliJvkuJror4HjgIvjgILlnKjor4Hku7bigJzkuqvlj5flsLHkuJrmibbmjIHmlL/nrZbmg4XlhrXigJ3pobXmoIfms6jigJzmr5XkuJrlubTluqblhoXoh6rkuLvliJvkuJrnqI7mlLbmlL/nrZbigJ3jgIHigJznibnmrorouqvku73orqTlrprmg4XlhrXigJ3pobXmoIfms6jigJzmr5XkuJrlubTluqbpq5jmoKHlnKjmoKHnlJ/igJ3jgIINCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ55Sz6K+35p2Q5paZ5LiN6b2Q5oiW5L+h5oGv5pyJ6K+v55qE77yM5Yy65Y6/5Lq65Yqb56S+5L+d5bGA5bqU5LiA5qyh5oCn5ZGK55+l6aG76KGl5q2j55qE5YaF5a6544CC5LiN56ym5ZCI55Sz6aKG44CK5bCx5Lia5Yib5Lia6K+B44CL5oiW5Lqr5Y+X56iO5pS25LyY5oOg5pS/562W5p2h5Lu255qE77yM6YCA5Zue55Sz6K+35p2Q5paZ77yM5bm26K+05piO55CG55Sx44CCDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCeWFreOAgeWunueOsOWIm+S4mueahOavleS4muW5tOW6puWGhemrmOagoeWcqOagoeeUn++8jOaMieinhOWumuWHreOAiuWwseS4muWIm+S4muivgeOAi+WQkeeojuWKoemDqOmXqOWkh+ahiO+8jOWKnueQhuS6q+WPl+eojuaUtuS8mOaDoOaUv+etluaJi+e7reOAgg0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnkuIPjgIHmjIHjgIrlsLHkuJrliJvkuJror4HjgIvlrp7njrDliJvkuJrnmoTmr5XkuJrlubTluqblhoXmnKzluILnlJ/mupDpq5jmoKHlnKjmoKHnlJ/vvIzmr5XkuJrlkI7lupTmoLnmja7lrp7pmYXlsLHkuJrmg4XlhrXvvIzmjInop4TlrprlsaXooYznm7jlupTnmbvorrDmiYvnu63jgILlkIzml7bvvIzmjInnhafpq5jmoKHmr5XkuJrnlJ/lsLHkuJrnm7jlhbPop4Tlrprlip7nkIbmiqXliLDlkozmoaPmoYjovaznp7vnrYnmiYvnu63jgIINCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ5YWr44CB56a75qCh5ZCO5LuO5LqL5Liq5L2T57uP6JCl55qE5q+V5Lia5bm05bqm5YaF6auY5qCh5q+V5Lia55Sf5ZKM5pys5biC55Sf5rqQ5oiQ5Lq66auY5qCh5Zyo5qCh55Sf55Sz6K+35Lqr5Y+X56iO5pS25LyY5oOg5pS/562W77yM5LuN5oyJ54Wn5pys5biC5pyJ5YWz6KeE5a6a77yM5qC45Y+R44CK5bCx5Lia5aSx5Lia55m76K6w6K+B44CL77yM5Lqr5Y+X56iO5pS25LyY5oOg5pS/562W44CCDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCeS5neOAgeW3peS9nOimgeaxgg0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnvvIjkuIDvvInljLrljr/kurrlipvnpL7kv53lsYDopoHpq5jluqbph43op4bmr5XkuJrlubTluqblhoXpq5jmoKHlnKjmoKHnlJ/lkozmr5XkuJrnlJ/nmoTliJvkuJrmnI3liqHlt6XkvZzvvIzliqDlvLrkurrlkZjln7norq3lkozkuJrliqHlrabkuaDvvIzpgInmtL7mlL/nrZbnhp/mgonjgIHnu4/pqozkuLDlr4znmoTlt6XkvZzkurrlkZjvvIzorr7nq4vkuJPkurrkuJPlspflip7nkIbor4Hku7bmoLjlj5HnrYnkuJrliqHvvJvliqDlvLrlr7nooZfpgZPvvIjkuaHplYfvvInnpL7kvJrkv53pmpzkuovliqHmiYDnmoTkuJrliqHmjIflr7zvvIzlgZrlpb3mnKzluILmr5XkuJrlubTluqblhoXpq5jmoKHlnKjmoKHnlJ/mr5XkuJrlkI7kuI7njrDooYzlsLHkuJrlpLHkuJrnrqHnkIbliLbluqbnmoTooZTmjqXlt6XkvZzjgIINCjwvcD4NCjxwIHN0eWxlPSJ0ZXh0LWluZGVudDo0M3B4OyI+DQoJ77yI5LqM77yJ6auY5qCh5bCx5Lia5oyH5a+85Lit5b+D6KaB56ev5p6B5byA5bGV5pS/562W5a6j5Lyg5ZKM5pS/562W6Kej562U77yM5L2/5a6e546w5Yib5Lia55qE5q+V5Lia5bm05bqm5YaF6auY5qCh5q+V5Lia55Sf55+l5pmT56iO5pS25LyY5oOg5pS/562W77yM6K6k55yf5qC45a6e56Gu6K6k6KGo5qC85YaF5a6577yM5Yqg5by65LiO5Yy65Y6/5Lq65Yqb56S+5L+d5bGA5Y2P6LCD6YWN5ZCI77yM5Y+R546w6Zeu6aKY5Y+K5pe25rKf6YCa77yM5YWx5ZCM5YGa5aW95pS/562W6JC95a6e44CCDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCe+8iOS4ie+8ieS6uuWKm+ekvuS/nemDqOmXqOS4jueojuWKoemDqOmXqOimgeWKoOW8uuWIm+S4muWwseS4muS/oeaBr+S6pOaNouWSjOWNj+afpeW3peS9nO+8jOWumuacn+S6pOaNouebuOWFs+S/oeaBr++8jOeojuWKoemDqOmXqOaNruatpOWKoOW8uueuoeeQhu+8jOWBmuWlvee6s+eojuacjeWKoeW3peS9nOOAgg0KPC9wPg0KPHAgc3R5bGU9InRleHQtaW5kZW50OjQzcHg7Ij4NCgnljYHjgIHmnKzpgJrnn6XkuIvlj5HliY3vvIzlt7Lnu4/ku47kuovkuKrkvZPnu4/okKXnmoQyMDE15bm05bqm5q+V5Lia5bm05bqm5YaF6auY5qCh5Zyo5qCh55Sf77yM5Y+v5oyJ54Wn5pys6YCa55+l6KeE5a6a77yM55Sz6aKG44CK5bCx5Lia5Yib5Lia6K+B44CL77yM55Sz6K+35Lqr5Y+X56iO5pS25LyY5oOg5pS/562W44CCDQo8L3A+DQo8cCBzdHlsZT0idGV4dC1pbmRlbnQ6NDNweDsiPg0KCeWNgeS4gOOAgeacrOmAmuefpeiHqjIwMTXlubQxMuaciDHml6XlvIDlp4vmiafooYzjgIINCjwvcD4NCjxwIHN0eWxlPSJtYXJnaW4tbGVmdDoxMDNweDsiPg0KCemZhOS7tu+8mjEu5YyX5Lqs5biC44CK5bCx5Lia5Yib5Lia6K+B44CLKOagt+W8jykNCjwvcD4NCjxwIHN0eWxlPSJtYXJnaW4tbGVmdDoxMDZweDsiPg0KCTIu5qC45Y+R44CK5bCx5Lia5Yib5Lia6K+B44CL5L+h5oGv6YeH6ZuG6KGo77yI5qC35byP77yJDQo8L3A+DQo8cCBzdHlsZT0ibWFyZ2luLWxlZnQ6MTA4cHg7Ij4NCgkmbmJzcDsNCjwvcD4NCjxwIHN0eWxlPSJtYXJnaW4tbGVmdDoxMDhweDsiPg0KCSZuYnNwOw0KPC9wPg0KPHAgc3R5bGU9Im1hcmdpbi1sZWZ0OjEwOHB4OyI+DQoJJm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7IOWMl+S6rOW4guS6uuWKm+i1hOa6kOWSjOekvuS8muS/nemanOWxgA0KPC9wPg0KPHAgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MzBweDsiPg0KCeWMl+S6rOW4gui0ouaUv+WxgA0KPC9wPg0KPHAgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MzBweDsiPg0KCeWMl+S6rOW4guWbveWutueojuWKoeWxgA0KPC9wPg0KPHAgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MzBweDsiPg0KCeWMl+S6rOW4guWcsOaWueeojuWKoeWxgA0KPC9wPg0KPHAgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MzBweDsiPg0KCeWMl+S6rOW4guaVmeiCsuWnlOWRmOS8mg0KPC9wPg0KPHAgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MzBweDsiPg0KCSZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyAmbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsyMDE15bm0MTDmnIgyNuaXpQ0KPC9wPmRkAhIPFgIfAAIBFgJmD2QWAmYPFQMENDgxOQplbXBsb3ltZW50POaWueato+WuveW4pue9kee7nOacjeWKoeiCoeS7veaciemZkOWFrOWPuOaLm+iBmOeuoeeQhuWfuS4uLmQCFA8WAh8AAgEWAmYPZBYCZg8VAwQ0ODIxCmVtcGxveW1lbnQ05YWz5LqOMjAxNuW5tOmdnuS4iua1t+eUn+a6kOW6lOWxiuaZrumAmumrmOagoeavlS4uLmQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFDEltYWdlQnV0dG9uMeQ21Y9YmT0Qco9P30FlA8sCEoT7" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKW25KmBwLs0bLrBgLSwpnTCJ2ftK1bi83kQVrZa+c78SjaY+YC" />
</div>
        <header>
            <!--top end-->
            <div class="logo-bg" style="padding: 0">
                <div class=" container" style="width: 980px; background-color: #fff">
                    <div class="row clearfix" style="margin: 1% 0">
                        <div class="col-md-4 column logo-box ">
                            <a href="index.aspx">
                                <img src="images/logo.png" title="logo" class="img-responsive" alt="Cinque Terre" /></a>
                        </div>
                        <div class="col-md-5 column"></div>
                        <div class="col-md-3 column pn">
                            <div class="top-tell">
                                <p>
                                    <a href="http://www.sg.bnu.edu.cn:8082/eng/eindex.jsp" target="_blank">English Version</a>
                                </p>
                            </div>
                            <!--中文版 英文版-->
                            <div class="top-search">

                                <div class="input-group">
                                      <input name="TextBox1" type="text" id="TextBox1" class="form-control input1" />
                                    <span class="input-group-addon">

                                        <input type="image" name="ImageButton1" id="ImageButton1" src="images/sousou.png" style="border-width:0px;" />
                                    </span>
                                </div>

                            </div>
                        </div>

                    </div>
                    <div class="row clearfix" style="background-color: #0035B4">
                        <nav class="navbar topnav" role="navigation" style="min-height: 0; padding: 10px 0">
                            <div class="container-fluid top-nav">
                                <div class="collapse navbar-collapse top-nav" id="example-navbar-collapse">
                                    <ul class=" navbar-nav cex-list">
                                      <li class=""><a href="index.aspx">首页</a></li>
                                            
                                                    <li class="dropdown">
                                                        <a href="about.aspx?cdss=19&cdbh=19" class="dropdown-toggle">学院介绍 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="about.aspx?cdss=19&cdbh=20">学院概述</a></li>
                                                                
                                                                    <li><a href="history.aspx?cdss=19&cdbh=21">历史沿革</a></li>
                                                                
                                                                    <li><a href="structure.aspx?cdss=19&cdbh=22">组织机构</a></li>
                                                                
                                                                    <li><a href="Subject.aspx?cdss=19&cdbh=23">学科设置</a></li>
                                                                
                                                                    <li><a href="Department.aspx?cdss=19&cdbh=24">系所介绍</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="personnel.aspx?cdss=25&cdbh=25" class="dropdown-toggle">人才培养 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="undergraduate.aspx?cdss=25&cdbh=26">本科生</a></li>
                                                                
                                                                    <li><a href="Master.aspx?cdss=25&cdbh=27">硕士生</a></li>
                                                                
                                                                    <li><a href="Masterb.aspx?cdss=25&cdbh=28">博士生</a></li>
                                                                
                                                                    <li><a href="Masterbh.aspx?cdss=25&cdbh=29">博士后</a></li>
                                                                
                                                                    <li><a href="index-mpa.aspx?cdss=25&cdbh=30">MPA</a></li>
                                                                
                                                                    <li><a href="practice.aspx?cdss=25&cdbh=31">实习基地</a></li>
                                                                
                                                                    <li><a href="laboratory.aspx?cdss=25&cdbh=32">实验室</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="r-about.aspx?cdss=33&cdbh=33" class="dropdown-toggle">招生就业 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="r-about.aspx?cdss=33&cdbh=34">学院简介</a></li>
                                                                
                                                                    <li><a href="professional.aspx?cdss=33&cdbh=35">专业介绍</a></li>
                                                                
                                                                    <li><a href="register.aspx?cdss=33&cdbh=36">报考指南</a></li>
                                                                
                                                                    <li><a href="employment.aspx?cdss=33&cdbh=37">就业指导</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="teacherstaff.aspx?cdss=38&cdbh=38" class="dropdown-toggle">师资队伍 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="Tadministrative.aspx?cdss=38&cdbh=39">行政管理</a></li>
                                                                
                                                                    <li><a href="Thuman.aspx?cdss=38&cdbh=40">人力资源</a></li>
                                                                
                                                                    <li><a href="Tinformation.aspx?cdss=38&cdbh=41">信息管理</a></li>
                                                                
                                                                    <li><a href="Tmanagement.aspx?cdss=38&cdbh=42">管理科学与工程</a></li>
                                                                
                                                                    <li><a href="Tland.aspx?cdss=38&cdbh=43">土地资源管理</a></li>
                                                                
                                                                    <li><a href="Tpolitical.aspx?cdss=38&cdbh=44">政治学</a></li>
                                                                
                                                                    <li><a href="Tinternational.aspx?cdss=38&cdbh=45">国际关系</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="research.aspx?cdss=46&cdbh=46" class="dropdown-toggle">学术科研 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="project.aspx?cdss=46&cdbh=47">科研项目</a></li>
                                                                
                                                                    <li><a href="academic.aspx?cdss=46&cdbh=48">学术论文</a></li>
                                                                
                                                                    <li><a href="monograph.aspx?cdss=46&cdbh=49">专著教材</a></li>
                                                                
                                                                    <li><a href="research-report.aspx?cdss=46&cdbh=50">研究报告</a></li>
                                                                
                                                                    <li><a href="system.aspx?cdss=46&cdbh=51">科研制度</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="Students-work.aspx?cdss=52&cdbh=52" class="dropdown-toggle">学生工作 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="announcement.aspx?cdss=52&cdbh=53">通知公告</a></li>
                                                                
                                                                    <li><a href="organization.aspx?cdss=52&cdbh=54">社团风采</a></li>
                                                                
                                                                    <li><a href="Party-Building.aspx?cdss=52&cdbh=55">党旗飘飘</a></li>
                                                                
                                                                    <li><a href="studentactivity.aspx?cdss=52&cdbh=56">班级建设</a></li>
                                                                
                                                                    <li><a href="Youth-activity.aspx?cdss=52&cdbh=57">团委工作</a></li>
                                                                
                                                                    <li><a href="student-act.aspx?cdss=52&cdbh=58">学生活动</a></li>
                                                                
                                                                    <li><a href="xiazai.aspx?cdss=52&cdbh=59">常用下载</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="services.aspx?cdss=60&cdbh=60" class="dropdown-toggle">社会服务 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="continuing.aspx?cdss=60&cdbh=61">继续教育</a></li>
                                                                
                                                                    <li><a href="training.aspx?cdss=60&cdbh=62">社会培训</a></li>
                                                                
                                                                    <li><a href="exchange.aspx?cdss=60&cdbh=63">对外交流</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="alumni.aspx?cdss=64&cdbh=64" class="dropdown-toggle">院友之窗 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="alumni.aspx?cdss=64&cdbh=65">院友活动</a></li>
                                                                
                                                                    <li><a href="alumnistyle.aspx?cdss=64&cdbh=66">院友风采</a></li>
                                                                
                                                                    <li><a href="alumniservice.aspx?cdss=64&cdbh=67">院友服务</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                        <!--8-->
                                    </ul>
                                </div>
                            </div>
                        </nav>
                        <!--顶部导航-->
                    </div>
                </div>


            </div>
            <!--logo-bg-->

        </header>
        <section>
            <div class="container" style="width: 980px; margin: 0% auto; background-color: #fff; border-radius: 3px">
                <div style="width: 97%; margin: 1% auto; text-align: right">当前位置：<a href="index.aspx">首页</a>-><span id="Label5">就业信息</span>->正文</div>

                <div id="right_center" class="right_center3 anli_lineheight" style="background: #fff; width: 97%; margin: 2% auto; border-radius: 5px; border: 1px solid #DCE6F0;">
                       <div class="program_dl" style="width: 90%; margin: 0 auto">
                        <div class="kec_s ">   
                            <h3 class="program_title" style="font-weight:bold;">
                                <span style="text-align: center; display: block; border-bottom: 1px solid #DCE6F0; color: #2C4A7E; padding-bottom: 1%">
                                    <span id="Label1">关于实现创业的毕业年度内高校在校生 办理《就业创业证》有关问题的通知</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-04-06</span>
                                    点击率：<span id="Label4">335</span>
                                </span>
                            </h5>
                            <span id="Label3"><p>
	各区县人力资源和社会保障局、财政局、国家税务局、地方税务局、各高等学校：
</p>
<p style="text-indent:43px;">
	为贯彻落实《国务院关于进一步做好新形势下就业创业工作的意见》（国发〔2015〕23号）和《财政部 国家税务总局 人力资源社会保障部 教育部关于支持和促进重点群体创业就业税收政策有关问题的补充通知》（财税〔2015〕18号），确保实现创业的毕业年度内高校在校生申请享受税收优惠政策，现就有关问题通知如下。
</p>
<p style="text-indent:43px;">
	一、本通知所称实现创业的毕业年度内高校在校生是指依法从事个体经营，处于毕业年度内的本市普通高等学校、成人高等学校在校学生。
</p>
<p style="text-indent:43px;">
	二、本市实现创业的毕业年度内高校在校生免费申领《就业创业证》，可按规定申请享受税收优惠政策。本市对实现创业的毕业年度内普通高校在校生实行劳动力储备管理。
</p>
<p style="text-indent:43px;">
	三、实现创业的毕业年度内高校在校生(本市生源成人高校在校生除外)可直接向创业地区县人力资源和社会保障局（以下简称区县人力社保局）申领《就业创业证》（附件1），或委托所在高校就业指导中心向高校所在地区县人力社保局代为申领。
</p>
<p style="text-indent:43px;">
	四、实现创业的毕业年度内高校在校生申领《就业创业证》，认定享受税收优惠政策，应提交以下材料：
</p>
<p style="text-indent:43px;">
	（一）《居民身份证》原件及复印件、学生证原件及复印件、户口簿复印件及个人近期免冠2寸照片一张；
</p>
<p style="text-indent:43px;">
	（二）经学生本人签字、所在高校就业指导中心盖章的《核发&lt;就业创业证&gt;信息采集表》（附件2）；
</p>
<p style="text-indent:43px;">
	（三）个体工商户营业执照副本及复印件；
</p>
<p style="text-indent:43px;">
	（四）残疾学生应提供持有的《中华人民共和国残疾人证》复印件；享受最低生活保障待遇的应提供低保金领取证复印件；
</p>
<p style="text-indent:43px;">
	（五）具有职业技术资格或专业技术职务的，应提交职业资格证书或专业技术职务证书复印件；
</p>
<p style="text-indent:43px;">
	（六）市人力社保局要求提交的其它材料。
</p>
<p style="text-indent:43px;">
	五、区县人力社保局根据提交的材料，对毕业年度内高校在校生的人员身份和享受税收优惠政策条件进行核实。审核无误的，将相关信息录入信息系统，核发《就业创业证》。在证件“享受就业扶持政策情况”页标注“毕业年度内自主创业税收政策”、“特殊身份认定情况”页标注“毕业年度高校在校生”。
</p>
<p style="text-indent:43px;">
	申请材料不齐或信息有误的，区县人力社保局应一次性告知须补正的内容。不符合申领《就业创业证》或享受税收优惠政策条件的，退回申请材料，并说明理由。
</p>
<p style="text-indent:43px;">
	六、实现创业的毕业年度内高校在校生，按规定凭《就业创业证》向税务部门备案，办理享受税收优惠政策手续。
</p>
<p style="text-indent:43px;">
	七、持《就业创业证》实现创业的毕业年度内本市生源高校在校生，毕业后应根据实际就业情况，按规定履行相应登记手续。同时，按照高校毕业生就业相关规定办理报到和档案转移等手续。
</p>
<p style="text-indent:43px;">
	八、离校后从事个体经营的毕业年度内高校毕业生和本市生源成人高校在校生申请享受税收优惠政策，仍按照本市有关规定，核发《就业失业登记证》，享受税收优惠政策。
</p>
<p style="text-indent:43px;">
	九、工作要求
</p>
<p style="text-indent:43px;">
	（一）区县人力社保局要高度重视毕业年度内高校在校生和毕业生的创业服务工作，加强人员培训和业务学习，选派政策熟悉、经验丰富的工作人员，设立专人专岗办理证件核发等业务；加强对街道（乡镇）社会保障事务所的业务指导，做好本市毕业年度内高校在校生毕业后与现行就业失业管理制度的衔接工作。
</p>
<p style="text-indent:43px;">
	（二）高校就业指导中心要积极开展政策宣传和政策解答，使实现创业的毕业年度内高校毕业生知晓税收优惠政策，认真核实确认表格内容，加强与区县人力社保局协调配合，发现问题及时沟通，共同做好政策落实。
</p>
<p style="text-indent:43px;">
	（三）人力社保部门与税务部门要加强创业就业信息交换和协查工作，定期交换相关信息，税务部门据此加强管理，做好纳税服务工作。
</p>
<p style="text-indent:43px;">
	十、本通知下发前，已经从事个体经营的2015年度毕业年度内高校在校生，可按照本通知规定，申领《就业创业证》，申请享受税收优惠政策。
</p>
<p style="text-indent:43px;">
	十一、本通知自2015年12月1日开始执行。
</p>
<p style="margin-left:103px;">
	附件：1.北京市《就业创业证》(样式)
</p>
<p style="margin-left:106px;">
	2.核发《就业创业证》信息采集表（样式）
</p>
<p style="margin-left:108px;">
	&nbsp;
</p>
<p style="margin-left:108px;">
	&nbsp;
</p>
<p style="margin-left:108px;">
	&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 北京市人力资源和社会保障局
</p>
<p style="text-align:right;text-indent:30px;">
	北京市财政局
</p>
<p style="text-align:right;text-indent:30px;">
	北京市国家税务局
</p>
<p style="text-align:right;text-indent:30px;">
	北京市地方税务局
</p>
<p style="text-align:right;text-indent:30px;">
	北京市教育委员会
</p>
<p style="text-align:right;text-indent:30px;">
	&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2015年10月26日
</p></span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                                    <a href="newshow.aspx?newid=4819&wzlx=employment" class="pres" style="float: left; width: 45%;">上一篇：方正宽带网络服务股份有限公司招聘管理培...</a>
                                
                            

                                    <a href="newshow.aspx?newid=4821&wzlx=employment" class="pres" style="float: right; width: 45%;">下一篇：关于2016年非上海生源应届普通高校毕...</a>

                                
                        </div>


                        
                    </div>

                </div>
            </div>
        </section>
        <!--section中间部分-->
        <footer>
            <div class="container">
                <div class="row clearfix">
                    <div class="col-md-12 column">
                        <div class="row clearfix">
                            <div class="col-md-9 column">
                               <p>
                                    学院地址：北京市海淀区新街口外大街19号 北京师范大学前主楼A区5层 
                                </p>
                                <p>
                                    联系电话：010-58808256 &nbsp; MPA咨询电话：010-58808176
                                </p>
                                <p>
                                    Copyright@2016 北京师范大学政府管理学院版权所有 &nbsp;All Rights Reserved 
                                </p>
                                <p>
                                    设计与开发：<a href="http://www.ixingzhi.cn" target="_blank" style="color:white">行知睿思 </a> 
                                </p>
                            </div>
                         <div class="col-md-3 column ">
                                <dl class="caption">
                                    <dt>
                                        <img src="images/weixin.png" alt="Cinque Terre" class="img-responsive" />
                                    </dt>
                                    <dd>公众号
                                    </dd>
                                </dl>
                                <dl class="caption">
                                    <dt>
                                        <img src="images/er.png" alt="Cinque Terre" class="img-responsive" />
                                    </dt>
                                    <dd>手机版
                                    </dd>
                                </dl>
                            </div>
                        </div>
                    </div>
                </div>
            </div>

        </footer>
    </form>
</body>
</html>
