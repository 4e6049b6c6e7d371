

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
    <form name="form1" method="post" action="newshow.aspx?newid=4905&amp;wzlx=announcement" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFhICBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUec2RkbGlzdC5hc3B4P2NkaWQ9YW5ub3VuY2VtZW50ZAIIDw8WAh4EVGV4dAUM6YCa55+l5YWs5ZGKZGQCCg8PFgIfAgVV5YWz5LqO5pS/5bqc566h55CG5a2m6ZmiMjAxN+WxiuacrOenkeeUn+avleS4muiuuuaWh++8iOiuvuiuoe+8ieafpemHjeW3peS9nOeahOmAmuefpWRkAgwPDxYCHwIFCjIwMTctMDQtMTNkZAIODw8WAh8CBQM1MjhkZAIQDw8WAh8CBahKPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJPGJyIC8+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCI+DQoJ5ZCE5L2NMjAxN+WxiuacrOenkeavleS4mueUn+WPiuaMh+WvvOaVmeW4iO+8mg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgnkuLrkuobmj5Dpq5jlrabnlJ/nmoTlrabmnK/og73lipvlkozlrabmnK/op4TojIPmsLTlubPvvIzliqDlvLrlrabmnK/pgZPlvrflkozlrabmnK/op4TojIPlu7rorr7vvIzkuLrkv53or4HlrabkvY3orrrmloflkozlrabkvY3mjojkuojotKjph4/vvIzljY/liqnlr7zluIjmiorlpb3orrrmlofotKjph4/lhbPvvIzliqDlvLrlr7nmnKznp5HnlJ/mr5XkuJrorrrmlofvvIjorr7orqHvvInnmoTnrqHnkIbvvIzlrabmoKHlsIblkK/nlKjigJzlpKflrabnlJ/orrrmlofmioTooq3mo4DmtYvns7vnu5/igJ08c3BhbiBjbGFzcz0iYXBwbGUtY29udmVydGVkLXNwYWNlIj4mbmJzcDs8L3NwYW4+5a+55oiR6ZmiMjAxN+WxiuacrOenkeeUn+acrOenkeeUn+avleS4muiuuuaWh++8iOiuvuiuoe+8iei/m+ihjOWFqOmdouafpemHjeajgOa1i+OAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgnlhbfkvZPlronmjpLlpoLkuIvvvJo8YnIgLz4NCjxiPuS4gOOAgeiuuuaWh+ajgOa1i+aWueW8jzwvYj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMC4yNXB0OyI+DQoJMS7orrrmlofmo4DmtYvlr7nosaENCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMC4yNXB0OyI+DQoJ5omA5pyJMjAxN+WxiuacrOenkeeUn+avleS4muiuuuaWh++8iOWQq+eVmeWtpueUn+avleS4muiuuuaWh++8jOWPjOWtpuS9jeavleS4muiuuuaWh++8ie+8jOavj+evh+iuuuaWh+WPr+ajgOa1izHmrKHvvIzpppbmrKHmo4DmtYvmnKrpgJrov4fnmoTorrrmlofnu4/kv67mlLnlkI7lj6/lpI3mo4Ax5qyh44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjAuMjVwdDsiPg0KCTIu6K665paH5qOA5rWL57O757ufDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjAuMjVwdDsiPg0KCe+8iDHvvInigJzkuK3lm73nn6XnvZHlpKflrabnlJ/orrrmlofnrqHnkIbns7vnu5/igJTigJTmioTooq3mo4DmtYvns7vnu5/igJ3vvIhQTUxD77yJDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6NTIuNXB0OyI+DQoJPGEgaHJlZj0iaHR0cDovL2JudS5jaGVjay5jbmtpLm5ldC8iPmh0dHA6Ly9ibnUuY2hlY2suY25raS5uZXQvPC9hPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgnvvIgy77yJ5a2m55Sf6Ieq6KGM55m75b2V5qOA5rWL57O757uf5LiK5Lyg5q+V5Lia6K665paH6L+b6KGM5qOA5rWL77yM5Y+v5p+l55yL5bm25omT5Y2w4oCc6K665paH5qOA5rWL566A5rSB5oql5ZGK5Y2V4oCd44CC5oyH5a+85pWZ5biI5Y+v55m75b2V5qOA5rWL57O757uf5p+l55yL5YWo5paH5qOA5rWL57uT5p6c5bm26L+b6KGM5a6h6ZiF5ZKM5oyH5a+844CC55m75b2V57O757uf55So5oi35ZCN5ZKM5a+G56CB5bCG5Y2V54us6YCa55+l44CCPGJyIC8+DQo8YnIgLz4NCjxiPuS6jOOAgeiuuuaWh+ajgOa1i+agh+WHhjwvYj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJ0ZXh0LWluZGVudDoyNC4wcHQ7Ij4NCgkxLummluasoeajgOa1iw0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjI0LjBwdDsiPg0KCeaJgOacieacrOenkeeUn+avleS4muiuuuaWh+Wdh+W6lOWPguWKoOajgOa1i++8jOS4jeiDveaMieaXtuaPkOS6pOajgOa1i+adkOaWmeeahO+8jOiiq+inhuS4uuaUvuW8g+mmluasoeajgOa1i+acuuS8mu+8m+aXoOaVheS4jeaPkOS6pOajgOa1i+adkOaWmeeahOWtpueUn++8jOWPlua2iOW9k+W5tOavleS4muiuuuaWh+etlOi+qei1hOagvOOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjI0LjBwdDsiPg0KCemmluasoeajgOa1i+e7k+aenOWPiuWkhOeQhuWKnuazle+8mg0KPC9wPg0KPGRpdiBhbGlnbj0iY2VudGVyIj4NCgk8dGFibGUgY2xhc3M9Ik1zb05vcm1hbFRhYmxlIGtlLXplcm9ib3JkZXIiIGJvcmRlcj0iMCIgY2VsbHNwYWNpbmc9IjAiIGNlbGxwYWRkaW5nPSIwIiB3aWR0aD0iMTAwJSIgc3R5bGU9IndpZHRoOjEwMCU7Ij4NCgkJPHRib2R5Pg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMjAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8Yj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5qOA5rWL57uT5p6cPC9zcGFuPjwvYj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8Yj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5aSE55CG5Yqe5rOVPC9zcGFuPjwvYj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJPC90cj4NCgkJCTx0cj4NCgkJCQk8dGQgd2lkdGg9IjIwJSIgc3R5bGU9ImJvcmRlcjpzb2xpZCAjNDA0MDQwIDEuMHB0OyI+DQoJCQkJCTxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJjZW50ZXIiIHN0eWxlPSJ0ZXh0LWFsaWduOmNlbnRlcjsiPg0KCQkJCQkJPHNwYW4+UuKJpDE1JTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+6L275bqm6YeN5aSN77yM5peg6ZyA5aSN5qOA77yM5L+u5pS55ZCO57uP5a+85biI5a6h5p+l6YCa6L+H6L+b5YWl562U6L6p546v6IqCPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LXNpemU6MTIuMHB0O2ZvbnQtZmFtaWx5OuWui+S9kzsiPjwvc3Bhbj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQk8L3RyPg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMjAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8c3Bhbj4xNSUmbHQ7UuKJpDMwJTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5Lit5bqm6YeN5aSN77yM5L+u5pS55ZCO5aSN5qOAPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LXNpemU6MTIuMHB0O2ZvbnQtZmFtaWx5OuWui+S9kzsiPjwvc3Bhbj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQk8L3RyPg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMjAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8c3Bhbj5SJmd0OzMwJTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+6YeN5bqm6YeN5aSN77yM5L+u5pS55ZCO6aG757uP5q+V5Lia6K665paH5bel5L2c5bCP57uE5a+55L+u5pS557uT5p6c6L+b6KGM6K6k5a6a77yM5piv5ZCm5Y+v5Lul6L+b5YWl5aSN5qOA77yM5ZCm5YiZ5oiQ57up5oyJPC9zcGFuPjxzcGFuPuKAnDDigJ08L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuWIhuiuoe+8jOmHjeaWsOaSsOWGmeiuuuaWh++8jOmaj+S4i+W5tOW6puetlOi+qTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJPC90cj4NCgkJPC90Ym9keT4NCgk8L3RhYmxlPg0KPC9kaXY+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCI+DQoJ77yI5rOo77yaUuS4uuaWh+Wtl+WkjeWItueZvuWIhuavlO+8jOaYr+aMh+iiq+ajgOa1i+avleS4muiuuuaWh++8iOiuvuiuoe+8ieS4jumdnuacrOS6uuWtpuacr+aIkOaenOeahOaWh+Wtl+mHjeWQiOWtl+aVsOWNoOWFqOaWh+eahOeZvuWIhuavlOOAgu+8iQ0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjI0LjBwdDsiPg0KCSZuYnNwOzIu5aSN5qOADQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjQuMHB0OyI+DQoJ6K+35q+V5Lia55Sf5pys5Lq65Y+K5YW25oyH5a+85pWZ5biI5Y+K5pe25o6M5o+h5q+V5Lia6K665paH5p+l6YeN5qOA5rWL57uT5p6c77yM5a+56K665paH6L+b6KGM5Lil5qC85oqK5YWz44CC5a+55LqO57uP5L+u5pS56ZyA6KaB5aSN5qOA55qE6K665paH77yI6K6+6K6h77yJ77yM5a2m55Sf5pys5Lq66ZyA5oyJ6ZmQ5pyf5qC55o2u5p+l6YeN57uT5p6c5L+u5pS56K665paH77yM5Y+K5pe25Zyo57O757uf6L+b6KGM5aSN5qOA44CC6K+35rOo5oSP5aSN5qOA5Y+q6L+b6KGMMeasoeOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjI0LjBwdDsiPg0KCeWkjeajgOe7k+aenOWPiuWkhOeQhuWKnuazle+8mg0KPC9wPg0KPGRpdiBhbGlnbj0iY2VudGVyIj4NCgk8dGFibGUgY2xhc3M9Ik1zb05vcm1hbFRhYmxlIGtlLXplcm9ib3JkZXIiIGJvcmRlcj0iMCIgY2VsbHNwYWNpbmc9IjAiIGNlbGxwYWRkaW5nPSIwIiB3aWR0aD0iMTAwJSIgc3R5bGU9IndpZHRoOjEwMCU7Ij4NCgkJPHRib2R5Pg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMjAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8Yj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5aSN5qOA57uT5p6cPC9zcGFuPjwvYj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8Yj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5aSE55CG5Yqe5rOVPC9zcGFuPjwvYj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJPC90cj4NCgkJCTx0cj4NCgkJCQk8dGQgd2lkdGg9IjIwJSIgc3R5bGU9ImJvcmRlcjpzb2xpZCAjNDA0MDQwIDEuMHB0OyI+DQoJCQkJCTxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJjZW50ZXIiIHN0eWxlPSJ0ZXh0LWFsaWduOmNlbnRlcjsiPg0KCQkJCQkJPHNwYW4+UuKJpDE1JTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+6YCa6L+H5aSN5qOA77yM5q2j5bi4562U6L6pPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LXNpemU6MTIuMHB0O2ZvbnQtZmFtaWx5OuWui+S9kzsiPjwvc3Bhbj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQk8L3RyPg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMjAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8c3Bhbj5SJmd0OzE1JTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iODAlIiBzdHlsZT0iYm9yZGVyOnNvbGlkICM0MDQwNDAgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pyq6YCa6L+H5aSN5qOA77yM5oiQ57up5oyJPC9zcGFuPjxzcGFuPuKAnDDigJ08L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuWIhuiuoe+8jOmHjeaWsOaSsOWGmeiuuuaWh++8jOmaj+S4i+W5tOW6puetlOi+qTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEyLjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJPC90cj4NCgkJPC90Ym9keT4NCgk8L3RhYmxlPg0KPC9kaXY+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCI+DQoJ77yI5rOo77yaUuS4uuaWh+Wtl+WkjeWItueZvuWIhuavlO+8jOaYr+aMh+iiq+ajgOa1i+avleS4muiuuuaWh++8iOiuvuiuoe+8ieS4jumdnuacrOS6uuWtpuacr+aIkOaenOeahOaWh+Wtl+mHjeWQiOWtl+aVsOWNoOWFqOaWh+eahOeZvuWIhuavlOOAgu+8iQ0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgkzLuagoee6p+S8mOengOavleS4muiuuuaWh+eahOaWh+Wtl+WkjeWItuavlOS4jeW+l+mrmOS6jjE1JeOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgk0LuaMh+WvvOaVmeW4iOW6lOWvueWtpueUn+iuuuaWh+S4peagvOWuoeaguO+8jOWNj+WKqei/m+ihjOiuuuaWh+afpemHjeWPiuS/ruaUueW3peS9nOOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgk1LuWvueaPkOS6pOiuuuaWh+W8hOiZmuS9nOWBh+iAheS4gOe7j+WPkeeOsOWwhuS4peiCg+WkhOeQhu+8jOS4pemHjeiAheWwhuWPlua2iOWFtuetlOi+qei1hOagvOOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgk8YnIgLz4NCjxiPuS4ieOAgeajgOa1i+WkhOeQhua1geeoizwvYj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMC4yNXB0OyI+DQoJMS4yMDE35bm0NOaciDE3LTTmnIgxOeaXpe+8jOWtpueUn+agueaNruavleS4muiuuuaWh+aSsOWGmeWPiuS/ruaUueaDheWGte+8jOS4juaMh+WvvOaVmeW4iOehruiupOWQju+8jOiHquihjOeZu+W9leajgOa1i+ezu+e7n+S4iuS8oOavleS4muiuuuaWh+i/m+ihjOmmluasoeajgOa1i+OAguazqO+8muS4iuS8oOeahOiuuuaWh+W/hemhu+aYr1dPUkTmlofku7bmiJblj6/ku6XnvJbovpHnmoRQREbmlofku7bvvIzmoLzlvI/lv4XpobvmjInns7vnu5/opoHmsYLnmoTorrrmlofmoLzlvI/op4TojIPvvIzjgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJ0ZXh0LWluZGVudDoxOC4wcHQ7Ij4NCgkyLjIwMTflubQ05pyIMjTml6UtNOaciDI25pel77yM5a+55LqO6aaW5qyh5qOA5rWL5pyq6YCa6L+H55qE6K665paH77yM5a2m55Sf5Zyo5oyH5a+85pWZ5biI5oyH5a+85LiL6L+b6KGM5L+u5pS55ZCO77yM6Ieq6KGM55m75b2V5qOA5rWL57O757uf5YaN5qyh5LiK5Lyg5q+V5Lia6K665paH6L+b6KGM5aSN5qOA44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjAuMjVwdDsiPg0KCTMuMjAxN+W5tDXmnIgy5pelLTXmnIg05pel77yM5a2m55Sf5o+Q5Lqk5q+V5Lia6K665paH5ZKM5a6e5Lmg562J5p2Q5paZKOW7uuiuruWtpueUn+aJvuWvvOW4iOetvuWtl+WQju+8jOeUseacrOS6uuS6pOiHs+S4u+alvEHljLo1MTBhKe+8jOWFqOmDqOadkOaWmeaPkOS6pOWuoeaguOWQiOagvOWQjuaWueWPr+etlOi+qeOAguazqO+8muaPkOS6pOadkOaWmeingeOAiuacrOenkeavleS4muiuuuaWh+aPkOS6pOadkOaWmeivtOaYjuOAiw0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgk0LjIwMTflubQ15pyIOOaXpeKAlDE55pel77yM5a2m6Zmi57uE57uH6K665paH77yI6K6+6K6h77yJ562U6L6p5Y+K5oiQ57up6K+E5a6a77yM5bm26K+E6YCJ5Ye65LyY56eA6K665paH44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjAuMjVwdDsiPg0KCSZuYnNwOzUu5ZCE5LiT5Lia562U6L6p5pe26Ze05Y+m6KGM6YCa55+l44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjAuMjVwdDsiPg0KCSZuYnNwOw0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9InRleHQtaW5kZW50OjIwLjI1cHQ7Ij4NCgnogZTns7vkurrvvJrnjovnjrImbmJzcDsmbmJzcDsmbmJzcDs8c3BhbiBjbGFzcz0iYXBwbGUtY29udmVydGVkLXNwYWNlIj4mbmJzcDs8L3NwYW4+Jm5ic3A75Yqe5YWs55S16K+d77yaNTg4MDU1NDMNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiPg0KCTxzcGFuPiZuYnNwOzwvc3Bhbj4NCjwvcD5kZAISDxYCHwACARYCZg9kFgJmDxUDBDQ4MDIMYW5ub3VuY2VtZW50NOaUv+W6nOeuoeeQhuWtpumZouWFs+S6jue7hOe7hzIwMTflubTlrabnlJ/lh7rlooMuLi5kAhQPFgIfAAIBFgJmD2QWAmYPFQMENjk2MQxhbm5vdW5jZW1lbnQ86K6y5bqn6aKE5ZGK77ya5Lit5Zu95piv5ZCm5Y+v5Lul5Y+W5Luj576O5Zu96YeN5aGR5LiW55WMLi4uZBgBBR5fX0NvbnRyb2xzUmVxdWlyZVBvc3RCYWNrS2V5X18WAQUMSW1hZ2VCdXR0b24x1amkbc3tz9pQzzMnPRd6aSvXomw=" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwL3/oPKCgLs0bLrBgLSwpnTCHAEE/AMuRZ09BxHq5Tu4ZXocM4o" />
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
                <div style="width: 97%; margin: 1% auto; text-align: right">当前位置：<a href="index.aspx">首页</a>-><span id="Label5">通知公告</span>->正文</div>

                <div id="right_center" class="right_center3 anli_lineheight" style="background: #fff; width: 97%; margin: 2% auto; border-radius: 5px; border: 1px solid #DCE6F0;">
                       <div class="program_dl" style="width: 90%; margin: 0 auto">
                        <div class="kec_s ">   
                            <h3 class="program_title" style="font-weight:bold;">
                                <span style="text-align: center; display: block; border-bottom: 1px solid #DCE6F0; color: #2C4A7E; padding-bottom: 1%">
                                    <span id="Label1">关于政府管理学院2017届本科生毕业论文（设计）查重工作的通知</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-04-13</span>
                                    点击率：<span id="Label4">528</span>
                                </span>
                            </h5>
                            <span id="Label3"><p class="MsoNormal" align="center" style="text-align:center;">
	<br />
</p>
<p class="MsoNormal" align="left">
	各位2017届本科毕业生及指导教师：
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	为了提高学生的学术能力和学术规范水平，加强学术道德和学术规范建设，为保证学位论文和学位授予质量，协助导师把好论文质量关，加强对本科生毕业论文（设计）的管理，学校将启用“大学生论文抄袭检测系统”<span class="apple-converted-space">&nbsp;</span>对我院2017届本科生本科生毕业论文（设计）进行全面查重检测。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	具体安排如下：<br />
<b>一、论文检测方式</b>
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	1.论文检测对象
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	所有2017届本科生毕业论文（含留学生毕业论文，双学位毕业论文），每篇论文可检测1次，首次检测未通过的论文经修改后可复检1次。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	2.论文检测系统
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	（1）“中国知网大学生论文管理系统——抄袭检测系统”（PMLC）
</p>
<p class="MsoNormal" style="text-indent:52.5pt;">
	<a href="http://bnu.check.cnki.net/">http://bnu.check.cnki.net/</a>
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	（2）学生自行登录检测系统上传毕业论文进行检测，可查看并打印“论文检测简洁报告单”。指导教师可登录检测系统查看全文检测结果并进行审阅和指导。登录系统用户名和密码将单独通知。<br />
<br />
<b>二、论文检测标准</b>
</p>
<p class="MsoNormal" style="text-indent:24.0pt;">
	1.首次检测
</p>
<p class="MsoNormal" style="text-indent:24.0pt;">
	所有本科生毕业论文均应参加检测，不能按时提交检测材料的，被视为放弃首次检测机会；无故不提交检测材料的学生，取消当年毕业论文答辩资格。
</p>
<p class="MsoNormal" style="text-indent:24.0pt;">
	首次检测结果及处理办法：
</p>
<div align="center">
	<table class="MsoNormalTable ke-zeroborder" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
		<tbody>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<b><span style="font-family:宋体;">检测结果</span></b><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<b><span style="font-family:宋体;">处理办法</span></b><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span>R≤15%</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal">
						<span style="font-family:宋体;">轻度重复，无需复检，修改后经导师审查通过进入答辩环节</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span>15%&lt;R≤30%</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal">
						<span style="font-family:宋体;">中度重复，修改后复检</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span>R&gt;30%</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal">
						<span style="font-family:宋体;">重度重复，修改后须经毕业论文工作小组对修改结果进行认定，是否可以进入复检，否则成绩按</span><span>“0”</span><span style="font-family:宋体;">分计，重新撰写论文，随下年度答辩</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
		</tbody>
	</table>
</div>
<p class="MsoNormal" align="left">
	（注：R为文字复制百分比，是指被检测毕业论文（设计）与非本人学术成果的文字重合字数占全文的百分比。）
</p>
<p class="MsoNormal" style="text-indent:24.0pt;">
	&nbsp;2.复检
</p>
<p class="MsoNormal" style="text-indent:24.0pt;">
	请毕业生本人及其指导教师及时掌握毕业论文查重检测结果，对论文进行严格把关。对于经修改需要复检的论文（设计），学生本人需按限期根据查重结果修改论文，及时在系统进行复检。请注意复检只进行1次。
</p>
<p class="MsoNormal" style="text-indent:24.0pt;">
	复检结果及处理办法：
</p>
<div align="center">
	<table class="MsoNormalTable ke-zeroborder" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
		<tbody>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<b><span style="font-family:宋体;">复检结果</span></b><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<b><span style="font-family:宋体;">处理办法</span></b><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span>R≤15%</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal">
						<span style="font-family:宋体;">通过复检，正常答辩</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="20%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span>R&gt;15%</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
				<td width="80%" style="border:solid #404040 1.0pt;">
					<p class="MsoNormal">
						<span style="font-family:宋体;">未通过复检，成绩按</span><span>“0”</span><span style="font-family:宋体;">分计，重新撰写论文，随下年度答辩</span><span style="font-size:12.0pt;font-family:宋体;"></span>
					</p>
				</td>
			</tr>
		</tbody>
	</table>
</div>
<p class="MsoNormal" align="left">
	（注：R为文字复制百分比，是指被检测毕业论文（设计）与非本人学术成果的文字重合字数占全文的百分比。）
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	3.校级优秀毕业论文的文字复制比不得高于15%。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	4.指导教师应对学生论文严格审核，协助进行论文查重及修改工作。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	5.对提交论文弄虚作假者一经发现将严肃处理，严重者将取消其答辩资格。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	<br />
<b>三、检测处理流程</b>
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	1.2017年4月17-4月19日，学生根据毕业论文撰写及修改情况，与指导教师确认后，自行登录检测系统上传毕业论文进行首次检测。注：上传的论文必须是WORD文件或可以编辑的PDF文件，格式必须按系统要求的论文格式规范，。
</p>
<p class="MsoNormal" style="text-indent:18.0pt;">
	2.2017年4月24日-4月26日，对于首次检测未通过的论文，学生在指导教师指导下进行修改后，自行登录检测系统再次上传毕业论文进行复检。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	3.2017年5月2日-5月4日，学生提交毕业论文和实习等材料(建议学生找导师签字后，由本人交至主楼A区510a)，全部材料提交审核合格后方可答辩。注：提交材料见《本科毕业论文提交材料说明》
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	4.2017年5月8日—19日，学院组织论文（设计）答辩及成绩评定，并评选出优秀论文。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	&nbsp;5.各专业答辩时间另行通知。
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	&nbsp;
</p>
<p class="MsoNormal" style="text-indent:20.25pt;">
	联系人：王玲&nbsp;&nbsp;&nbsp;<span class="apple-converted-space">&nbsp;</span>&nbsp;办公电话：58805543
</p>
<p class="MsoNormal">
	<span>&nbsp;</span>
</p></span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                                    <a href="newshow.aspx?newid=4802&wzlx=announcement" class="pres" style="float: left; width: 45%;">上一篇：政府管理学院关于组织2017年学生出境...</a>
                                
                            

                                    <a href="newshow.aspx?newid=6961&wzlx=announcement" class="pres" style="float: right; width: 45%;">下一篇：讲座预告：中国是否可以取代美国重塑世界...</a>

                                
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
