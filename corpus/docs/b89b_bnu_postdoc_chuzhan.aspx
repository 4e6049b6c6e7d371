

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
    <form name="form1" method="post" action="newshow.aspx?newid=4863&amp;wzlx=Masterbh" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFg4CBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUSc2RkbGlzdC5hc3B4P2NkaWQ9ZAIIDw8WAh4EVGV4dAUJ5Y2a5aOr5ZCOZGQCCg8PFgIfAgUn5YyX5Lqs5biI6IyD5aSn5a2m5Y2a5aOr5ZCO5Ye656uZ6aG755+lZGQCDA8PFgIfAgUKMjAxNy0wNC0xMGRkAg4PDxYCHwIFAzI3NGRkAhAPDxYCHwIFlVk8cD4NCgk8c3Ryb25nPuS4gOOAgeWcqOermeaXtumZkDwvc3Ryb25nPiANCjwvcD4NCjxwPg0KCTxiciAvPg0K5LiA6Iis5Li65Lik5bm044CC55Sz6K+35o+Q5YmN5oiW5bu25pyf5Ye656uZ77yM6ZyA55Sx5Y2a5aOr5ZCO5pys5Lq65Lmm6Z2i55Sz6K+377yM57uP5ZCI5L2c5a+85biI5ZKM5rWB5Yqo56uZ5Y2V5L2N5ZCM5oSP5ZCO5oql5Lq65LqL5aSE5a6h5om544CC5o+Q5YmN5oiW5bu25pyf55qE5pyA6ZW/5pyf6ZmQ5LiN6LaF6L+H5LiJ5Liq5pyI77yIPHN0cm9uZz7ljp/liJnkuIrkuI3mj5DlgKHlu7bmnJ88L3N0cm9uZz7vvInjgIINCjwvcD4NCjxwPg0KCTxzdHJvbmc+PGJyIC8+DQrkuozjgIHljZrlo6vlkI7noJTnqbbkurrlkZjlh7rnq5nliY3lupTlrozmiJDku6XkuIvlt6XkvZzvvJo8L3N0cm9uZz4gDQo8L3A+DQo8cD4NCgk8YnIgLz4NCjEuIOWcqOWNmuWjq+WQjuaJgOWcqOmZouezu+a1geWKqOermeWujOaIkOOAiuWNmuWjq+WQjueglOeptuW3peS9nOaKpeWRiuOAi++8jOW5tuWwhueglOeptuaKpeWRiumAgeS4pOS9jeagoeWkluS4k+WutuivhOWuoe+8jOS4pOS9jeS4k+WutuWIhuWIq+WwhuivhOWumuaEj+ingeWGmeWFpeOAiuWMl+S6rOW4iOiMg+Wkp+WtpuWNmuWjq+WQjueglOeptuaKpeWRiuS4k+WutuaEj+ingeihqOOAi+OAguWQjOaXtuWNmuWjq+WQjuW6lOS4vuihjOKAnOaKpeWRiuS8muKAne+8jOaxh+aKpeiHquW3seeahOW3peS9nOaDheWGte+8jOS7i+e7jeiHquW3seeahOS4u+imgeeglOeptuaIkOaenOOAguWNmuWjq+WQjuaJgOWcqOiuvuermeWNleS9jei0n+i0o+e7hOe7h+eUseWbm+iHs+S6lOS9jeS4k+WutuaVmeaOiO+8iDxzdHJvbmc+5YW25Lit6Iez5bCR5LiA5L2N5Li65qCh5aSW5LiT5a62PC9zdHJvbmc+77yJ57uE5oiQ55qE5Y2a5aOr5ZCO5Ye656uZ5oql5ZGK6K+E6K6u5bCP57uE77yM6LSf6LSj5a+544CK5Y2a5aOr5ZCO56CU56m25bel5L2c5oql5ZGK44CL6L+b6KGM6K+E5a6a77yM5bm25bCG6K+E5a6a5oSP6KeB5YaZ5YWl44CK5YyX5Lqs5biI6IyD5aSn5a2m5Y2a5aOr5ZCO5Ye656uZ6ICD5qC46KGo44CL44CC5Y2a5aOr5ZCO566h55CG5Yqe5YWs5a6k5bCG5a+55oql5ZGK5Lya6L+b6KGM5oq95p+l44CCPGJyIC8+DQoyLiDkuabpnaLjgIrljZrlo6vlkI7noJTnqbblt6XkvZzmiqXlkYrjgIvnmoTmoLzlvI/opoHmsYLku6Xlj4rmj5DkuqTmlrnlvI/jgILlkJHlrabmoKHljZrlo6vlkI7lip7lhazlrqTmj5DkuqTljbDliLfmnKzjgIrljZrlo6vlkI7noJTnqbblt6XkvZzmiqXlkYrjgIvlm5vku73vvIznvZHkuIrlkJHlm77kuabppobmj5DkuqTnlLXlrZDniYjkuIDku73jgILmiqXlkYrmoLzlvI/lj4rlsIHpnaLorr7orqHvvJrluIjlpKfkuLvpobXihpLnrqHnkIbmnLrmnoTihpLkurrkuovlpITihpLljZrlo6vlkI7vvJvluIjlpKfkuLvpobXihpLmi5vnlJ/lsLHkuJrihpLljZrlo6vlkI7jgILor7fmjInmjIflrprmoLzlvI/oh6rooYzoo4XorqLvvIg8c3Ryb25nPuWPguingeOAiuWNmuWjq+WQjueglOeptuW3peS9nOaKpeWRiue8luWGmeinhOWImeOAizwvc3Ryb25nPu+8ieOAguaKpeWRiueUteWtkOeJiOaPkOS6pOeoi+W6j+S4uu+8mueZu+mZhjxhIGhyZWY9Imh0dHA6Ly93d3cubGliLmJudS5lZHUuY24vIj53d3cubGliLmJudS5lZHUuY248L2E+4oaS5a2m5L2N6K665paH5o+Q5Lqk4oaS56CU56m255Sf6K665paH5o+Q5Lqk4oaS6K665paH5o+Q5Lqk44CC6K665paH6aKY55uu5LmL5ZCO5Yqg5rOo77ya77yI5Y2a5aOr5ZCO56CU56m25oql5ZGK77yJ77ybPHNwYW4+5a2m5Y+35Li65bel5L2c6K+B5Y+377yIMTHkvY3vvIk8L3NwYW4+77yb5a2m5L2N5Li65Y2a5aOr44CC5a6h5qC46YCa6L+H5ZCO77yM6K+35oyB56a75qCh6L2s5Y2V5YiwPCEtLVN0YXJ0RnJhZ21lbnQgLS0+5Zu+5Lmm6aaG5YyX6aaG77yI5paw6aaG77yJ5LiA5bGC5aSn5Y6F5oC75YCf6L+Y5aSE55uW56ug44CCDQo8L3A+DQo8cD4NCgk8YnIgLz4NCjMuIOiOt+WPluWHuuermeWQjuaOpeaUtuWNleS9jeeahOato+W8j+aOpeaUtuWHve+8iDxzdHJvbmc+5Zue5Y6f5Y2V5L2N5bel5L2c55qE5LiN6ZyA6KaB5q2k6aG577yJPGJyIC8+DQo8L3N0cm9uZz7vvIgx77yJ5pyJ54us56uL5Lq65LqL5p2D5Y2V5L2N55qE5o6l5pS25Ye95b+F6aG75Yqg55uW5Lq65LqL77yI5oiW57uE57uH77yJ6YOo6Zeo5LiT55So56ug77yb5peg54us56uL5Lq65LqL5p2D5Y2V5L2N55qE5o6l5pS25Ye977yM6aG75Yqg55uW5Y2V5L2N6KGM5pS/5YWs56ug77yM6ICM5LiU5b+F6aG75Y+m6ZmE6K+l5Y2V5L2N5LiO5Lq65omN5Lqk5rWB5Lit5b+D562+572y55qE5Lq65LqL5Luj55CG5Y2P6K6u5Lmm5aSN5Y2w5Lu25LiA5byP5LiJ5Lu9KOWFtuS4reS4gOS7veWkjeWNsOS7tumhu+WKoOebluaOpeaUtuWNleS9jee6oueroO+8jOivgeaYjuS4juWOn+S7tuS4gOiHtCnjgII8YnIgLz4NCu+8iDLvvInmoLnmja7kuK3lm73ljZrlo6vlkI7np5Hlrabln7rph5HkvJrmnIDmlrDop4TlrprvvIzljZrlo6vlkI7lh7rnq5nmi5/lh7rlm70o5aKDKeW3peS9nOiAheeahOaho+ahiOOAgeaIt+WPo+Wdh+W/hemhu+i9rOWbnuWOn+eUn+a6kOaJgOWcqOWcsO+8jOacrOS6uumhu+aPkOS+m+WOn+exjeS6uuaJjeS6pOa1geS4reW/g+iwg+WHvSjkuIDku73ljp/ku7bjgIHkuKTku73lpI3ljbDku7Yp44CCPGJyIC8+DQrvvIgz77yJ5ouf6JC95oi36ZuG5L2T5oi355qE5Y2a5aOr5ZCO6K+35ZCM5pe25Y+W5b6X5o6l5pS25Y2V5L2N5byA5YW355qE5ZCM5oSP6JC95oi355qE5LuL57uN5L+h77yM5YW35L2T6K+m6KeB5LiL6L295Yy65qih5p2/44CCPGJyIC8+DQombmJzcDsNCjwvcD4NCjxwPg0KCSZuYnNwOw0KPC9wPg0KPHA+DQoJPHN0cm9uZz7kuozjgIHljZrlo6vlkI7noJTnqbbkurrlkZjlh7rnq5nml7bvvIzpnIDopoHlip7nkIbku6XkuIvmiYvnu63vvJo8L3N0cm9uZz4gDQo8L3A+DQo8cD4NCgk8YnIgLz4NCjEuIOWcqOWHuuermeemu+agoeWJjeWIsOS6uuS6i+WkhOWNmueuoeWKnumihuWPluemu+agoei9rOWNle+8jOWKnueQhuemu+ermeeahOebuOWFs+aJi+e7reOAgg0KPC9wPg0KPHA+DQoJMi4g5o+Q5Lqk5Zyo56uZ5pyf6Ze05q2j5byP5Y+R6KGo55qE5Luj6KGo5oCn6K665paH55qE5a2m5pyv5LiT5Lia5YiK54mp5ZKM5YW25LuW56eR56CU5oiQ5p6c55qE5Y6f5Lu244CB5aSN5Y2w5Lu277yI5pyf5YiK6K665paH55qE5bCB6Z2i44CB55uu5b2V44CB6K665paH6aaW6aG15aSN5Y2w5Lu277yMU1NDSeaIllNDSemcgOimgeacieajgOe0ouaIquWbvuaIluivgeaYju+8jOiuuuaWh+eUqOeov+mAmuefpemcgOimgeaPkOS+m+WOn+S7tu+8m+S4k+iRl+mcgOaPkOS+m+WwgemdouOAgeeJiOadg+mhteeahOWkjeWNsOS7tu+8m+mhueebruivvumimOivgeaYjueahOWkjeWNsOS7tu+8ieS7peWkh+WuoeaguOOAgg0KPC9wPg0KPHA+DQoJMy4g5Zyo5Lit5Zu95Y2a5aOr5ZCO5Z+66YeR5Lya572R5LiK5bmz5Y+w5o+Q5Lqk55u45YWz5Ye656uZ55Sz6K+35Y+K5Ye656uZ5L+h5oGv77yIPGEgaHJlZj0iaHR0cDovL2JnLmNoaW5hcG9zdGRvY3Rvci5vcmcuY24vVjMvTWFuYWdlL0xvZ2luLmFzcHgiPmh0dHA6Ly9iZy5jaGluYXBvc3Rkb2N0b3Iub3JnLmNuL1YzL01hbmFnZS9Mb2dpbi5hc3B4PC9hPumhu+S9v+eUqOWFtui/m+ermeaXtueahOeUqOaIt+WQjeWSjOWvhuegge+8jOazqOaEj+ivt+S9v+eUqElF5rWP6KeI5Zmo77yM5bm25omT5byA5YW85a655oCn6KeG5Zu+77yJ77yM5bm26K+35ZGK55+l5Lq65LqL5aSE5Y2a5aOr5ZCO566h55CG6ICB5biI5a6h5om55o+Q5Lqk44CCDQo8L3A+DQo8cD4NCgk0LiDkuabpnaLlh7rnq5nmnZDmlpnvvIg8c3Ryb25nPuivt+eUqEE057q45omT5Y2wPC9zdHJvbmc+77yJ6aG755Sx6Zmi57O75a6h5qC4562+5a2X55uW56ug5ZCO77yM5o+Q5Lqk57uZ5a2m5qCh5Y2a5aOr5ZCO566h55CG5Yqe5YWs5a6k77yM5p2Q5paZ5YyF5ous77yaIDxiciAvPg0K77yIMe+8ieOAiuWMl+S6rOW4iOiMg+Wkp+WtpuWNmuWjq+WQjueglOeptuaKpeWRiuS4k+WutuaEj+ingeihqOOAi++8iOS4pOS9jeS4k+WutueahOaEj+ingeihqO+8jDxzdHJvbmc+5LiA5Lu95Y6f5Lu277yM5Lik5Lu95aSN5Y2w5Lu2PC9zdHJvbmc+77yJPGJyIC8+DQrvvIgy77yJ44CK5YyX5Lqs5biI6IyD5aSn5a2m5Y2a5aOr5ZCO5Ye656uZ6ICD5qC46KGo44CL77yIPHN0cm9uZz7kuIDku73ljp/ku7bvvIw8L3N0cm9uZz48c3Ryb25nPuS4pOS7veWkjeWNsOS7tjwvc3Ryb25nPu+8iTxiciAvPg0K77yIM++8ieOAiuWNmuWjq+WQjueglOeptuS6uuWRmOW3peS9nOacn+a7oeeZu+iusOihqOOAi++8iOS4gDxzdHJvbmc+5Lu95Y6f5Lu277yM5LiJ5Lu95aSN5Y2w5Lu277yM6K+35rOo5oSP77ya5ZyoPGEgaHJlZj0iaHR0cDovL2JnLmNoaW5hcG9zdGRvY3Rvci5vcmcuY24vVjMvTWFuYWdlL0xvZ2luLmFzcHgiPmh0dHA6Ly9iZy5jaGluYXBvc3Rkb2N0b3Iub3JnLmNuL1YzL01hbmFnZS9Mb2dpbi5hc3B4PC9hPu+8jOWcqOe6v+aPkOS6pOWHuuermeeUs+ivt++8jOaPkOS6pOS5i+WJjeS4i+i9veaJk+WNsOatpOihqO+8jOS5pumdouaJk+WNsOeahOihqOagvOWPs+S4i+inkuW/hemhu+acieS4jue9keS4iuaPkOS6pOS4gOiHtOeahOagoemqjOeggeS4uuacieaViO+8jOivt+WLv+WcqOWMl+W4iOWkp+WNmuWjq+WQjue9keermeebtOaOpeS4i+i9veWPguiAg+agvOW8j+Whq+WGmTwvc3Ryb25nPu+8iTxiciAvPg0K77yINO+8ieOAiuWNmuWjq+WQjueglOeptuS6uuWRmOW3peS9nOacn+a7oeS4muWKoeiAg+aguOihqOOAi++8iDxzdHJvbmc+5LiA5Lu95Y6f5Lu277yM5LiJ5Lu95aSN5Y2w5Lu277yMPC9zdHJvbmc+56ys5LiA6aG54oCc5a2m5pyv6YOo6Zeo5a+55Y2a5aOr5ZCO56CU56m25Lq65ZGY56CU56m25bel5L2c55qE6K+E5Lu34oCd5Lit6LSf6LSj5Lq6562+5a2X5aSE6K+35Y2a5aOr5ZCO5ZCI5L2c5a+85biI562+5a2X77yJ44CC6Iul5Li65LyB5Lia6IGU5ZCI5Z+55YW755qE5Y2a5aOr5ZCO77yM6L+Y5b+F6aG75Y+m5aSW5aSa5o+Q5Lqk5Zub5Lu944CK5Y2a5aOr5ZCO56CU56m25Lq65ZGY5bel5L2c5pyf5ruh5Lia5Yqh6ICD5qC46KGo44CL77yI5LiA5Lu95Y6f5Lu277yM5LiJ5Lu95aSN5Y2w5Lu277yM56ys5LiA6aG55Lit6LSf6LSj5Lq6562+5a2X5aSE6K+35LyB5Lia5Y2a5aOr5ZCO5bel5L2c56uZ5a+85biI562+5a2X77yJ44CCPGJyIC8+DQrvvIg177yJ44CK5Y2a5aOr5ZCO56CU56m25Lq65ZGY5o6l5pS25Y2V5L2N5oSP6KeB6KGo44CLKDxzdHJvbmc+5LiA5Lu95Y6f5Lu277yM5LiJ5Lu95aSN5Y2w5Lu2PC9zdHJvbmc+77yJ77yM5oiW5o6l5pS25Y2V5L2N5Ye65YW35qC85byP5LiN6ZmQ55qE5o6l5pS25Ye944CC5pyJ5o6l5pS25Y2V5L2N5LiO5Lq65omN5Lqk5rWB5Lit5b+D5Y2P6K6u55qE6K+36ZmE5ZCO44CCPGJyIC8+DQrvvIg277yJ44CK5Y2a5aOr5ZCO56CU56m25Lq65ZGY5bel5L2c5pyf5ruh5a6h5om56KGo44CL77yIPHN0cm9uZz7kuIDku73ljp/ku7bvvIzkuInku73lpI3ljbDku7Y8L3N0cm9uZz7vvIznrKzkuIDpobnigJzmtYHliqjnq5nlrqHmoLjmhI/op4HigJ3kuK3otJ/otKPkurrnrb7lrZflpITor7fpmaLns7vmtYHliqjnq5nkuLvnrqHljZrlo6vlkI7lt6XkvZznmoTotJ/otKPkurrnrb7lrZfvvIzlubbliqDnm5bpmaLns7vooYzmlL/lhaznq6DjgILoi6XkuLrkvIHkuJrogZTlkIjln7nlhbvnmoTljZrlo6vlkI7vvIzkvIHkuJrov5jlv4XpobvlnKjlt6XkvZznq5norr7nq5nljZXkvY3otJ/otKPkurrnrb7lrZflpITnrb7lrZflubbliqDnm5bkvIHkuJrljZrlo6vlkI7mtYHliqjnq5nlhaznq6DvvInjgIINCjwvcD4NCjxwPg0KCeihqOagvOS4i+i9ve+8muW4iOWkp+S4u+mhteKGkueuoeeQhuacuuaehOKGkuS6uuS6i+WkhOKGkuWNmuWjq+WQju+8m+W4iOWkp+S4u+mhteKGkuaLm+eUn+WwseS4muKGkuWNmuWjq+WQjuOAgg0KPC9wPg0KPHA+DQoJPHN0cm9uZz7ms6jvvJrku6XkuIooMynjgIHvvIg077yJ44CB77yINe+8ieOAgSg2KeS5pumdouihqOagvOivt+aMiemhuuW6j+OAgeWOn+S7tuWSjOWkjeWNsOS7tuWIhuWIq+ijheiuouaIkOWbm+Wll+OAgjwvc3Ryb25nPiANCjwvcD4NCjxwPg0KCTxiciAvPg0K77yIN++8ieabvuiOt+S4reWbveWNmuWjq+WQjuenkeWtpuWfuumHkei1hOWKqemHkeiAhemcgOWhq+WGmSDjgIrkuK3lm73ljZrlo6vlkI7np5Hlrabln7rph5HotYTliqnpobnnm67mgLvnu5PmiqXlkYrjgIvkuIDlvI/kuozku73vvIjlkKvljp/ku7bvvInjgILmnKzmiqXlkYrpobvnvZHkuIrlnKjnur/loavlhpnvvIjlrozmiZPljbDvvIzmnKzkurrnrb7lrZfvvIw8c3Ryb25nPuWFtuS4reiuvuermeWNleS9jeWuoeafpeaEj+inge+8jOeUseaJgOWcqOmZouezu+i0n+i0o+S6uuWhq+WGmeW5tuWKoOebluWFrOeroDwvc3Ryb25nPu+8jOS6pOS6uuS6i+WkhOetvuWtl+eblueroO+8jOi/mOmhu+WIsOagoei0ouWKoeWkhOe7j+i0ueeuoeeQhuWKnui/m+ihjOe7j+i0ueaUtuaUr+e7k+eul+W5tuetvuWtl+eblueroOOAgiDor7fljZrlo6vlkI7ms6jmhI/vvJrkuK3lm73ljZrlo6vlkI7np5Hlrabln7rph5HkvJrop4TlrprvvIzljZrlo6vlkI7ojrflvpfnmoTotYTliqnph5Hlh7rnq5nml7bkuI3lhYHorrjovazotbDvvIzpobvlnKjnq5nmnJ/pl7Tkvb/nlKjlrozmr5XjgII8YnIgLz4NCu+8iDjvvInov5vnq5nml7bkuLrlupTlsYrmr5XkuJrnlJ/nmoTvvIzor7fmj5DkuqTjgIrljZrlo6vlrabkvY3or4HkuabjgIvlkozjgIrljZrlo6vnoJTnqbbnlJ/mr5XkuJror4HkuabjgIvlpI3ljbDku7blkITkuIDku70o5bey5o+Q5Lqk6L+H55qE5LiN55So5YaN5o+Q5LqkKeOAgjxiciAvPg0K77yIOe+8iemcgOi9rOaIt+WPo+OAgeaho+ahiOWFs+ezu+eahOWNmuWjq+WQju+8jOi/mOmcgOaPkOS+m+aOpeaUtuWNleS9jeeahOiwg+aho+WHveW5tuaguOafpeS4ieivge+8iOWNmuWjq+WQjuacrOS6uui6q+S7veivgeOAgee7k+WpmuivgeOAgeeLrOeUn+WtkOWls+ivgeaIlumihuWFu+WtkOWls+azleW+i+ivgeaYjuadkOaWme+8ieWPiuWtqeWtkOeahOWHuueUn+ivgeaYju+8jOWdh+imgeaxguWOn+S7tuOAgg0KPC9wPg0KPHA+DQoJPGJyIC8+DQo1LumAgOi/mOWMl+S6rOW4iOiMg+Wkp+WtpuW3peS9nOivgeOAgg0KPC9wPg0KPHA+DQoJNi7lsIbnm5blpb3nq6DnmoTnprvmoKHovazljZXkuqTlm57lrabmoKHljZrlo6vlkI7lip7lhazlrqTjgIINCjwvcD4NCjxwPg0KCTcu5LuO5a2m5qCh5Y2a5aOr5ZCO566h55CG5Yqe5YWs5a6k6aKG5Y+W5a6h5qC46L+H55qE5Lmm6Z2i5Ye656uZ5p2Q5paZ77yI5LiA5byP5LiJ5Lu977yJ77yM5Yiw5Lit5Zu95Y2a5aOr5ZCO5Z+66YeR5Lya6K+E5Lyw5LiO5pyN5Yqh5aSE5Yqe55CG5Ye656uZ5Y+K6L+B5oi344CB6aKG5Y+W5Y2a5aOr5ZCO6K+B5Lmm562J5omL57utDQo8L3A+DQo8cD4NCgk8c3Ryb25nPijmj5DnpLrvvJrlip7nkIbmnKzkurrlj4rlrrbkurrmiLflj6PosIPliqjnmoTljZrlo6vlkI7lv4Xpobvpmo/ouqvmkLrluKbmnKzkurrlj4rlrrbkurrnmoTmiLflj6PmnKzjgIHouqvku73or4HjgIHnu5PlqZror4HjgIHni6znlJ/lrZDlpbPor4HjgIHlh7rnlJ/or4HmmI7nrYnkuIDliIfmnInlhbPouqvku73or4HmmI7nmoTljp/ku7bvvIzku6XlpIfmn6XvvJvmiLflj6PopoHokL3liLDmnKzkurrmiJbphY3lgbbmiL/kuqfnmoTvvIzov5jpobvluKbmiL/kuqfor4HnrYnljp/ku7blj4rlpI3ljbDku7Yp44CCPC9zdHJvbmc+IA0KPC9wPg0KPHA+DQoJPGJyIC8+DQrkuK3lm73ljZrlo6vlkI7ln7rph5HkvJror4TkvLDkuI7mnI3liqHlpITlnLDlnYDvvJo8YnIgLz4NCiZuYnNwOyZuYnNwOw0KPC9wPg0KPGRpdiBjbGFzcz0iTXNvTm9ybWFsIj4NCgnljJfkuqzluILmtbfmt4DljLrlrabpmaLot68zNeWPt+S4luWugeWkp+WOpjcwNu+8iOWMl+Wbm+eOr+WtpumZouahpeilv+WNl+inku+8ieWFqOWbveWNmuWjq+WQjui/m+WHuuermeacjeWKoeeql+WPo+OAgg0KPC9kaXY+DQo8cD4NCgnlhazkuqTot6/nur/vvJrkuZjlnZAmbmJzcDszMzHot68o5oiWPGE+NjA56LevPC9hPiksJm5ic3A75ZyoJm5ic3A7PGE+5YyX5Lqs6Iiq56m66Iiq5aSp5aSn5a2m56uZPC9hPiZuYnNwO+S4i+i9piZuYnNwOyZuYnNwOyA8YnIgLz4NCjxiciAvPg0KPHN0cm9uZz7kuInjgIHlhbbku5bmiYvnu63vvJo8L3N0cm9uZz4gDQo8L3A+DQo8cD4NCgk8YnIgLz4NCuS7juS4reWbveWNmuWjq+WQjuWfuumHkeS8muivhOS8sOS4juacjeWKoeWkhOWKnuWujOWHuuermeaJi+e7reWQju+8jOi/lOWbnuWtpuagoeS6uuS6i+WkhOWNmuWjq+WQjueuoeeQhuWKnuWFrOWupOWKnueQhui9rOaho+WSjOW3pei1hOWFs+ezu+i9rOenu+OAgg0KPC9wPg0KPHA+DQoJMS4g5Lqk5Zue5Lit5Zu95Y2a5aOr5ZCO5Z+66YeR5Lya5bey5a6h5om555qE5Ye656uZ5p2Q5paZ5LqM5Lu977yI5Y6f5Lu25LiA5Lu977yM5aSN5Y2w5Lu25LiA5Lu977yJ77yM5bm25aGr5YaZ6L2s5qGj6K+m57uG5Zyw5Z2A44CCDQo8L3A+DQo8cD4NCgkyLiDpnIDopoHlip7nkIblt6XotYTlhbPns7vovaznp7vnmoTljZrlo6vlkI7lh63kuK3lm73ljZrlo6vlkI7ln7rph5HkvJrlvIDmja7nmoTlt6XkvZzliIbphY3ku4vnu43kv6HliLDkurrkuovlpITlirPotYTlip7vvIjkuLvmpbxB5Yy6MzA15a6k77yM55S16K+d77yaNTg4MDgwNDPvvIzmnY7nh5XnuqLvvInlip7nkIblt6XotYTovaznp7vor4HmmI7vvIg8c3Ryb25nPuW3pei1hOWFs+ezu+acqui9rOWFpeWMl+W4iOWkp+eahOWNmuWjq+WQjuS4jeeUqOW8gOWFtzwvc3Ryb25nPu+8ieOAgg0KPC9wPg0KPHA+DQoJPGJyIC8+DQo8c3Ryb25nPjxiciAvPg0K6ZmE5LiA77ya6K665paH5Y+R6KGo5Z+65pys6KaB5rGCPC9zdHJvbmc+IA0KPC9wPg0KPHA+DQoJMeOAgeWNmuWjq+WQjuWcqOermeacn+mXtOmhu+WcqOato+W8j+WIiueJqeS4iuWPkeihqOWtpuacr+iuuuaWhzPnr4fvvIzlhbbkuK3mlofnp5Hoh7PlsJEy56+H5Y+R6KGo5ZyoQ1NTQ0nnoa7lrprnmoTliIrniankuIrvvIznkIbnp5HlupTmnIlTQ0kvRUnmlLblvZXnmoTorrrmlofvvIzmnKrooqtDU1NDSeOAgVNDSS9FSeimhueblueahOWtpuenkeaMieOAiuOAiOWMl+S6rOW4iOiMg+Wkp+WtpuS4k+S4muaKgOacr+iBjOWKoeS7u+iBjOWfuuacrOadoeS7tuOAieaVmeWtpuenkeeglOezu+WIl+mrmOe6p+iBjOWKoeiuuuaWh+i0qOmHj+imgeaxgueahOihpeWFheinhOWumuOAi+aJp+ihjOOAgjxiciAvPg0KMuOAgeWNmuWjq+WQjuWcqOermeacn+mXtOWHuueJiOWtpuacr+S4k+iRl+OAgeiOt+W+l+WPkeaYjuS4k+WIqeaIluiOt+W+l+ecgemDqOe6p+S7peS4iu+8iOWQq++8ieenkeeglOWlluWKse+8jOWPr+mAguW9k+WHj+WFjeiuuuaWh+imgeaxguOAgjxiciAvPg0KM+OAgeiuuuaWh+OAgeS4k+iRl+OAgeS4k+WIqeWPkeihqOW/hemhu+S7pSLljJfkuqzluIjojIPlpKflraYi5Li656ys5LiA5Y2V5L2N77yM5Y2a5aOr5ZCO5pys5Lq65Li656ys5LiA5L2c6ICF44CCDQo8L3A+DQo8cD4NCgkmbmJzcDsNCjwvcD4NCjxwPg0KCTxzdHJvbmc+PGJyIC8+DQrpmYTkuozvvJrlhbPkuo7lh7rnq5nnoJTnqbbmiqXlkYrnmoTlo7DmmI7vvIjor7foo4XorqLlnKjpopjlkI3pobXkuYvlkI7vvIk8L3N0cm9uZz48YnIgLz4NCiZuYnNwOw0KPC9wPg0KPHAgYWxpZ249ImNlbnRlciI+DQoJPHN0cm9uZz7lo7Ag5piOIDwvc3Ryb25nPiANCjwvcD4NCjxwPg0KCTxiciAvPg0KJm5ic3A7Jm5ic3A75pys5aOw5piO5YyF5ous4oCc5Y6f5Yib5oCn5aOw5piO4oCd5ZKM4oCc5Y2a5aOr5ZCO56CU56m25oql5ZGK5L2/55So5o6I5p2D5Lmm4oCd5Lik6YOo5YiG77yM5YW35L2T5YaF5a655Y+K5qC85byP5aaC5LiL77yaDQo8L3A+DQo8cD4NCgk8YnIgLz4NCiZuYnNwOw0KPC9wPg0KPHAgYWxpZ249ImNlbnRlciI+DQoJPHN0cm9uZz48YnIgLz4NCuWMl+S6rOW4iOiMg+Wkp+WtpuWNmuWjq+WQjueglOeptuaKpeWRiuWOn+WIm+aAp+WjsOaYjiA8L3N0cm9uZz4gDQo8L3A+DQo8cD4NCgkmbmJzcDsgJm5ic3A7IOacrOS6uumDkemHjeWjsOaYju+8miDmiYDlkYjkuqTnmoTnoJTnqbbmiqXlkYrvvIzmmK/mnKzkurrlnKjlkIjkvZzlr7zluIjnmoTmjIflr7zkuIvvvIzni6znq4vov5vooYznoJTnqbblt6XkvZzmiYDlj5blvpfnmoTmiJDmnpzjgILpmaTmlofkuK3lt7Lnu4/ms6jmmI7lvJXnlKjnmoTlhoXlrrnlpJbvvIzmnKzorrrmlofkuI3lkKvku7vkvZXlhbbku5bkuKrkurrmiJbpm4bkvZPlt7Lnu4/lj5HooajmiJbmkrDlhpnov4fnmoTkvZzlk4HmiJDmnpzjgILlr7nmnKzmlofnmoTnoJTnqbblgZrlh7rph43opoHotKHnjK7nmoTkuKrkurrlkozpm4bkvZPvvIzlnYflt7LlnKjmlofkuK3ku6XmmI7noa7mlrnlvI/moIfmmI7jgILmnKzkurrlrozlhajmhI/or4bliLDmnKzlo7DmmI7nmoTms5Xlvovnu5PmnpznlLHmnKzkurrmib/mi4XjgIINCjwvcD4NCjxwPg0KCTxiciAvPg0KJm5ic3A7Jm5ic3A7ICZuYnNwO+eglOeptuaKpeWRiuS9nOiAheetvuWQje+8muOAgOOAgOOAgOOAgOOAgOOAgOOAgOOAgOaXpeacn++8miDlubQg5pyIIOaXpQ0KPC9wPg0KPHAgYWxpZ249ImNlbnRlciI+DQoJPHN0cm9uZz48YnIgLz4NCjxiciAvPg0K5Y2a5aOr5ZCO56CU56m25oql5ZGK5L2/55So5o6I5p2D5LmmPC9zdHJvbmc+IA0KPC9wPg0KPHAgYWxpZ249ImNlbnRlciI+DQoJJm5ic3A7Jm5ic3A7ICZuYnNwOyDnoJTnqbbmiqXlkYrkvZzogIXlrozlhajkuobop6PljJfkuqzluIjojIPlpKflrabmnInlhbPkv53nlZnlkozkvb/nlKjnoJTnqbbmiqXlkYrnmoTop4TlrprvvIzljbPvvJrljZrlo6vlkI7lnKjnq5nmnJ/pl7TnoJTnqbbmiqXlkYrnmoTnn6Xor4bkuqfmnYPljZXkvY3lsZ7ljJfkuqzluIjojIPlpKflrabjgILlrabmoKHmnInmnYPkv53nlZnlubblkJHlm73lrrbmnInlhbPpg6jpl6jmiJbmnLrmnoTpgIHkuqTnoJTnqbbmiqXlkYrnmoTlpI3ljbDku7blkoznlLXlrZDniYjvvIzlhYHorrjnoJTnqbbmiqXlkYrooqvmn6XpmIXlkozlgJ/pmIXvvJvlrabmoKHlj6/ku6XlhazluIPnoJTnqbbmiqXlkYrnmoTlhajpg6jmiJbpg6jliIblhoXlrrnvvIzlj6/ku6XlhYHorrjph4fnlKjlvbHljbDjgIHnvKnljbDmiJblhbblroPlpI3liLbmiYvmrrXkv53lrZjjgIHmsYfnvJbnoJTnqbbmiqXlkYrjgILkv53lr4bnmoTnoJTnqbbmiqXlkYrlnKjop6Plr4blkI7pgILnlKjkuo7mnKzmjojmnYPkuabjgIINCjwvcD4NCjxwPg0KCTxiciAvPg0KJm5ic3A7Jm5ic3A7Jm5ic3A75pys5Lq6562+5ZCN77yaJm5ic3A7ICZuYnNwOyDml6XmnJ/vvJogPGJyIC8+DQombmJzcDsmbmJzcDsmbmJzcDvlr7zluIjnrb7lkI3vvJombmJzcDsmbmJzcDsmbmJzcDsg5pel5pyf77yaDQo8L3A+ZGQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFDEltYWdlQnV0dG9uMUygMKMmMVJXMBSHAPOvodqtS9Cc" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwLk2dGmDwLs0bLrBgLSwpnTCD0dqNc/5sdFZGsqNOGgmRNhclkT" />
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
                <div style="width: 97%; margin: 1% auto; text-align: right">当前位置：<a href="index.aspx">首页</a>-><span id="Label5">博士后</span>->正文</div>

                <div id="right_center" class="right_center3 anli_lineheight" style="background: #fff; width: 97%; margin: 2% auto; border-radius: 5px; border: 1px solid #DCE6F0;">
                       <div class="program_dl" style="width: 90%; margin: 0 auto">
                        <div class="kec_s ">   
                            <h3 class="program_title" style="font-weight:bold;">
                                <span style="text-align: center; display: block; border-bottom: 1px solid #DCE6F0; color: #2C4A7E; padding-bottom: 1%">
                                    <span id="Label1">北京师范大学博士后出站须知</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-04-10</span>
                                    点击率：<span id="Label4">274</span>
                                </span>
                            </h5>
                            <span id="Label3"><p>
	<strong>一、在站时限</strong> 
</p>
<p>
	<br />
一般为两年。申请提前或延期出站，需由博士后本人书面申请，经合作导师和流动站单位同意后报人事处审批。提前或延期的最长期限不超过三个月（<strong>原则上不提倡延期</strong>）。
</p>
<p>
	<strong><br />
二、博士后研究人员出站前应完成以下工作：</strong> 
</p>
<p>
	<br />
1. 在博士后所在院系流动站完成《博士后研究工作报告》，并将研究报告送两位校外专家评审，两位专家分别将评定意见写入《北京师范大学博士后研究报告专家意见表》。同时博士后应举行“报告会”，汇报自己的工作情况，介绍自己的主要研究成果。博士后所在设站单位负责组织由四至五位专家教授（<strong>其中至少一位为校外专家</strong>）组成的博士后出站报告评议小组，负责对《博士后研究工作报告》进行评定，并将评定意见写入《北京师范大学博士后出站考核表》。博士后管理办公室将对报告会进行抽查。<br />
2. 书面《博士后研究工作报告》的格式要求以及提交方式。向学校博士后办公室提交印刷本《博士后研究工作报告》四份，网上向图书馆提交电子版一份。报告格式及封面设计：师大主页→管理机构→人事处→博士后；师大主页→招生就业→博士后。请按指定格式自行装订（<strong>参见《博士后研究工作报告编写规则》</strong>）。报告电子版提交程序为：登陆<a href="http://www.lib.bnu.edu.cn/">www.lib.bnu.edu.cn</a>→学位论文提交→研究生论文提交→论文提交。论文题目之后加注：（博士后研究报告）；<span>学号为工作证号（11位）</span>；学位为博士。审核通过后，请持离校转单到<!--StartFragment -->图书馆北馆（新馆）一层大厅总借还处盖章。
</p>
<p>
	<br />
3. 获取出站后接收单位的正式接收函（<strong>回原单位工作的不需要此项）<br />
</strong>（1）有独立人事权单位的接收函必须加盖人事（或组织）部门专用章；无独立人事权单位的接收函，须加盖单位行政公章，而且必须另附该单位与人才交流中心签署的人事代理协议书复印件一式三份(其中一份复印件须加盖接收单位红章，证明与原件一致)。<br />
（2）根据中国博士后科学基金会最新规定，博士后出站拟出国(境)工作者的档案、户口均必须转回原生源所在地，本人须提供原籍人才交流中心调函(一份原件、两份复印件)。<br />
（3）拟落户集体户的博士后请同时取得接收单位开具的同意落户的介绍信，具体详见下载区模板。<br />
&nbsp;
</p>
<p>
	&nbsp;
</p>
<p>
	<strong>二、博士后研究人员出站时，需要办理以下手续：</strong> 
</p>
<p>
	<br />
1. 在出站离校前到人事处博管办领取离校转单，办理离站的相关手续。
</p>
<p>
	2. 提交在站期间正式发表的代表性论文的学术专业刊物和其他科研成果的原件、复印件（期刊论文的封面、目录、论文首页复印件，SSCI或SCI需要有检索截图或证明，论文用稿通知需要提供原件；专著需提供封面、版权页的复印件；项目课题证明的复印件）以备审核。
</p>
<p>
	3. 在中国博士后基金会网上平台提交相关出站申请及出站信息（<a href="http://bg.chinapostdoctor.org.cn/V3/Manage/Login.aspx">http://bg.chinapostdoctor.org.cn/V3/Manage/Login.aspx</a>须使用其进站时的用户名和密码，注意请使用IE浏览器，并打开兼容性视图），并请告知人事处博士后管理老师审批提交。
</p>
<p>
	4. 书面出站材料（<strong>请用A4纸打印</strong>）须由院系审核签字盖章后，提交给学校博士后管理办公室，材料包括： <br />
（1）《北京师范大学博士后研究报告专家意见表》（两位专家的意见表，<strong>一份原件，两份复印件</strong>）<br />
（2）《北京师范大学博士后出站考核表》（<strong>一份原件，</strong><strong>两份复印件</strong>）<br />
（3）《博士后研究人员工作期满登记表》（一<strong>份原件，三份复印件，请注意：在<a href="http://bg.chinapostdoctor.org.cn/V3/Manage/Login.aspx">http://bg.chinapostdoctor.org.cn/V3/Manage/Login.aspx</a>，在线提交出站申请，提交之前下载打印此表，书面打印的表格右下角必须有与网上提交一致的校验码为有效，请勿在北师大博士后网站直接下载参考格式填写</strong>）<br />
（4）《博士后研究人员工作期满业务考核表》（<strong>一份原件，三份复印件，</strong>第一项“学术部门对博士后研究人员研究工作的评价”中负责人签字处请博士后合作导师签字）。若为企业联合培养的博士后，还必须另外多提交四份《博士后研究人员工作期满业务考核表》（一份原件，三份复印件，第一项中负责人签字处请企业博士后工作站导师签字）。<br />
（5）《博士后研究人员接收单位意见表》(<strong>一份原件，三份复印件</strong>），或接收单位出具格式不限的接收函。有接收单位与人才交流中心协议的请附后。<br />
（6）《博士后研究人员工作期满审批表》（<strong>一份原件，三份复印件</strong>，第一项“流动站审核意见”中负责人签字处请院系流动站主管博士后工作的负责人签字，并加盖院系行政公章。若为企业联合培养的博士后，企业还必须在工作站设站单位负责人签字处签字并加盖企业博士后流动站公章）。
</p>
<p>
	表格下载：师大主页→管理机构→人事处→博士后；师大主页→招生就业→博士后。
</p>
<p>
	<strong>注：以上(3)、（4）、（5）、(6)书面表格请按顺序、原件和复印件分别装订成四套。</strong> 
</p>
<p>
	<br />
（7）曾获中国博士后科学基金资助金者需填写 《中国博士后科学基金资助项目总结报告》一式二份（含原件）。本报告须网上在线填写（完打印，本人签字，<strong>其中设站单位审查意见，由所在院系负责人填写并加盖公章</strong>，交人事处签字盖章，还须到校财务处经费管理办进行经费收支结算并签字盖章。 请博士后注意：中国博士后科学基金会规定，博士后获得的资助金出站时不允许转走，须在站期间使用完毕。<br />
（8）进站时为应届毕业生的，请提交《博士学位证书》和《博士研究生毕业证书》复印件各一份(已提交过的不用再提交)。<br />
（9）需转户口、档案关系的博士后，还需提供接收单位的调档函并核查三证（博士后本人身份证、结婚证、独生子女证或领养子女法律证明材料）及孩子的出生证明，均要求原件。
</p>
<p>
	<br />
5.退还北京师范大学工作证。
</p>
<p>
	6.将盖好章的离校转单交回学校博士后办公室。
</p>
<p>
	7.从学校博士后管理办公室领取审核过的书面出站材料（一式三份），到中国博士后基金会评估与服务处办理出站及迁户、领取博士后证书等手续
</p>
<p>
	<strong>(提示：办理本人及家人户口调动的博士后必须随身携带本人及家人的户口本、身份证、结婚证、独生子女证、出生证明等一切有关身份证明的原件，以备查；户口要落到本人或配偶房产的，还须带房产证等原件及复印件)。</strong> 
</p>
<p>
	<br />
中国博士后基金会评估与服务处地址：<br />
&nbsp;&nbsp;
</p>
<div class="MsoNormal">
	北京市海淀区学院路35号世宁大厦706（北四环学院桥西南角）全国博士后进出站服务窗口。
</div>
<p>
	公交路线：乘坐&nbsp;331路(或<a>609路</a>),&nbsp;在&nbsp;<a>北京航空航天大学站</a>&nbsp;下车&nbsp;&nbsp; <br />
<br />
<strong>三、其他手续：</strong> 
</p>
<p>
	<br />
从中国博士后基金会评估与服务处办完出站手续后，返回学校人事处博士后管理办公室办理转档和工资关系转移。
</p>
<p>
	1. 交回中国博士后基金会已审批的出站材料二份（原件一份，复印件一份），并填写转档详细地址。
</p>
<p>
	2. 需要办理工资关系转移的博士后凭中国博士后基金会开据的工作分配介绍信到人事处劳资办（主楼A区305室，电话：58808043，李燕红）办理工资转移证明（<strong>工资关系未转入北师大的博士后不用开具</strong>）。
</p>
<p>
	<br />
<strong><br />
附一：论文发表基本要求</strong> 
</p>
<p>
	1、博士后在站期间须在正式刊物上发表学术论文3篇，其中文科至少2篇发表在CSSCI确定的刊物上，理科应有SCI/EI收录的论文，未被CSSCI、SCI/EI覆盖的学科按《〈北京师范大学专业技术职务任职基本条件〉教学科研系列高级职务论文质量要求的补充规定》执行。<br />
2、博士后在站期间出版学术专著、获得发明专利或获得省部级以上（含）科研奖励，可适当减免论文要求。<br />
3、论文、专著、专利发表必须以"北京师范大学"为第一单位，博士后本人为第一作者。
</p>
<p>
	&nbsp;
</p>
<p>
	<strong><br />
附二：关于出站研究报告的声明（请装订在题名页之后）</strong><br />
&nbsp;
</p>
<p align="center">
	<strong>声 明 </strong> 
</p>
<p>
	<br />
&nbsp;&nbsp;本声明包括“原创性声明”和“博士后研究报告使用授权书”两部分，具体内容及格式如下：
</p>
<p>
	<br />
&nbsp;
</p>
<p align="center">
	<strong><br />
北京师范大学博士后研究报告原创性声明 </strong> 
</p>
<p>
	&nbsp; &nbsp; 本人郑重声明： 所呈交的研究报告，是本人在合作导师的指导下，独立进行研究工作所取得的成果。除文中已经注明引用的内容外，本论文不含任何其他个人或集体已经发表或撰写过的作品成果。对本文的研究做出重要贡献的个人和集体，均已在文中以明确方式标明。本人完全意识到本声明的法律结果由本人承担。
</p>
<p>
	<br />
&nbsp;&nbsp; &nbsp;研究报告作者签名：　　　　　　　　日期： 年 月 日
</p>
<p align="center">
	<strong><br />
<br />
博士后研究报告使用授权书</strong> 
</p>
<p align="center">
	&nbsp;&nbsp; &nbsp; 研究报告作者完全了解北京师范大学有关保留和使用研究报告的规定，即：博士后在站期间研究报告的知识产权单位属北京师范大学。学校有权保留并向国家有关部门或机构送交研究报告的复印件和电子版，允许研究报告被查阅和借阅；学校可以公布研究报告的全部或部分内容，可以允许采用影印、缩印或其它复制手段保存、汇编研究报告。保密的研究报告在解密后适用于本授权书。
</p>
<p>
	<br />
&nbsp;&nbsp;&nbsp;本人签名：&nbsp; &nbsp; 日期： <br />
&nbsp;&nbsp;&nbsp;导师签名：&nbsp;&nbsp;&nbsp; 日期：
</p></span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                            
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
