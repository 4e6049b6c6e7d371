

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
    <form name="form1" method="post" action="newshow.aspx?newid=7997&amp;wzlx=announcement" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFhICBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUec2RkbGlzdC5hc3B4P2NkaWQ9YW5ub3VuY2VtZW50ZAIIDw8WAh4EVGV4dAUM6YCa55+l5YWs5ZGKZGQCCg8PFgIfAgVA5pS/5bqc566h55CG5a2m6Zmi5YWz5LqO6YCJ55WZMjAxN+W5tOWtpueUn+S6i+WKoeWKqeeQhueahOmAmuefpWRkAgwPDxYCHwIFCjIwMTctMDktMTRkZAIODw8WAh8CBQMxOTlkZAIQDw8WAh8CBdMsPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyO2JhY2tncm91bmQ6d2hpdGU7Ij4NCgk8YnIgLz4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJ5Li65LqG6L+b5LiA5q2l5YWF5a6e5oiR6Zmi5a2m55Sf5bel5L2c6Zif5LyN5ZKM566h55CG5bel5L2c6Zif5LyN77yM5L+d6Zqc5ZCE5Y2V5L2N5Lq65omN5Z+55YW7562J5bel5L2c6aG65Yip6L+Q6KGM77yM546w5ZCv5Yqo5oiR6ZmiMjAxN+W5tOWtpueUn+S6i+WKoeWKqeeQhumAieeVmeW3peS9nO+8jOWFt+S9k+S6i+mhuemAmuefpeWmguS4i++8mg0KPC9wPg0KPHAgY2xhc3M9Ik1zb0xpc3RQYXJhZ3JhcGgiIGFsaWduPSJsZWZ0IiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtO3RleHQtaW5kZW50OjI4LjFwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJPGI+5LiA44CBJm5ic3A7Jm5ic3A7Jm5ic3A7Jm5ic3A7IDwvYj48Yj7lspfkvY3orr7nva7mg4XlhrU8L2I+PGI+PC9iPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb0xpc3RQYXJhZ3JhcGgiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJ6YCJ55WZ5Y2V5L2N77ya5pS/5bqc566h55CG5a2m6Zmi5a2m55Sf5bel5L2c5Yqe5YWs5a6kDQo8L3A+DQo8cCBjbGFzcz0iTXNvTGlzdFBhcmFncmFwaCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgnogZTns7vkurrvvJrpmYjmtanlvLrvvIw1ODgwOTI0Ne+8jGNocUBibnUuZWR1LmNuDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4LjFwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJPGI+5LqM44CB6YCJ55WZ5bel5L2c5rWB56iLPC9iPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgnnrKzkuIDpmLbmrrXvvJrlrabnlJ/miqXlkI3jgIHljZXkvY3lrqHmoLjmjqjojZDvvIg55pyIMTTml6UtOeaciDE15pel77yJDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCeWQhOWNleS9jemHh+WPluWtpueUn+iHquiNkOOAgemDqO+8iOmZouOAgeezu++8ieaOqOiNkOebuOe7k+WQiOeahOaWueW8j+mAieaLqeS6uumAieOAguWHoeespuWQiOadoeS7tueahOWtpueUn+Wdh+ivt+WQhOWNleS9jeaOqOiNkOW3peS9nOWwj+e7hOWcqOWvueeUs+ivt+adkOaWmei/m+ihjOS4peagvOWuoeafpeWQju+8jOWPr+WQkeaIkemZouiBlOezu+S6uuaPkOS6pOeUs+ivt++8jOW5tuS6jjnmnIgxNeaXpeS4reWNiDEx54K55YmN5o+Q5Lqk5p2Q5paZ6Iez5Li75qW8QTUwMe+8jOeUs+ivt+ihqOeUteWtkOeJiOWPkemAgeiHs2NocUBibnUuZWR1LmNu44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCeesrOS6jOmYtuaute+8muaIkemZouWuoeaguOWSjOe7hOe7h+mdouivle+8iOmdouivleaXtumXtOWcsOeCueeUteivnemAmuefpe+8iQ0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgnmiJHpmaLlr7nmnZDmlpnov5vooYzlrqHmoLjlubbnu4Tnu4fpnaLor5XjgILpnaLor5XlhoXlrrnljIXmi6zvvJrooqvmjqjojZDogIXmgJ3mg7PmlL/msrvntKDotKjjgIHkuJPkuJrkuJrliqHmsLTlubPjgIHlt6XkvZzog73lipvnrYnjgILpnaLor5XlvaLlvI/ph4flj5boh6rmiJHpmYjov7DlkoznrZTovqnnrYnmlrnlvI/jgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJ56ys5LiJ6Zi25q6177ya56Gu5a6a5Lq66YCJ44CB5oql6YCB5aSN5a6h77yIOeaciDE45pel77yJDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCeaIkemZouagueaNrumdouivlee7k+aenOaKpemAgei+heWvvOWRmOWfuuWcsOWuoeaguOOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOC4xcHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCTxiPuS4ieOAgeeUs+ivt+S6uu+8iOiiq+aOqOiNkOS6uu+8ieadoeS7tjwvYj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJMeOAgeW6lOWxiuacrOenkeavleS4mueUn++8jOW5tuS4lOS4jeWxnuS6juWnlOaJmOWfueWFu+OAgeWumuWQkeeUn+OAgeWFjei0ueW4iOiMg+eUn+etieaLm+eUn+aXtuWNs+aYjuehruS4jeW+l+aKpeiAg+eglOeptueUn+eahOaDheW9ou+8mw0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgkmbmJzcDsNCjLjgIHmlL/msrvnq4vlnLrlnZrlrprvvIzmi6XmiqTlhZrnmoTpooblr7zvvIzlhbfmnInkvJjnp4DnmoTpgZPlvrflk4HotKjjgIHovoPlvLrnmoTotKPku7vlv4PvvJsNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJJm5ic3A7Jm5ic3A7M+OAgeS7pei6q+S9nOWIme+8jOS5kOS6juWlieeMru+8m+i6q+W/g+WBpeW6t++8jOaAp+agvOW8gOacl++8jOWWhOS6juS4juS6uuayn+mAmuS4juWQiOS9nO+8mw0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgkmbmJzcDsmbmJzcDs044CB5aSW6K+t5rC05bmz6L6+5Yiw5o6I5LqI5a2m5aOr5a2m5L2N55qE6KaB5rGC77yI6YCa6L+H5oiR5qCh5a2m5aOr5a2m5L2N5aSW6K+t6ICD6K+V5oiW57uP6K6k5a6a6L6+5Yiw5YyX5Lqs5biI6IyD5aSn5a2m5a2m5aOr5a2m5L2N5aSW6K+t5rC05bmz77yJ77ybDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCSZuYnNwOyZuYnNwOzXjgIEg5bqU5bGK5pys56eR5q+V5Lia55Sf55qE5LiT5Lia5oiQ57up5bqU5L2N5LqO5omA5Zyo5LiT5Lia5oC75Lq65pWw55qE5YmNNjAl77yI5ZCrNjAl77yJ77ybDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCSZuYnNwOyZuYnNwOzbjgIHlhbfmnInlrabnlJ/lubLpg6jlt6XkvZznu4/ljobogIXkvJjlhYjvvJsNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJJm5ic3A7Jm5ic3A7N+OAgeS4k+S4muaIkOe7qeaOkuWQjeacqui+vuWIsOimgeaxgu+8jOS9huWFtuS7luaWuemdoueJueWIq+S8mOengOeahOWtpueUn++8iOWmguWkp+Wtpuacn+mXtOWPluW+l+W4gue6p+aIluW4gue6p+S7peS4iuWlluWKseOAgeensOWPt+etie+8ieWPr+S7peeUs+ivt+egtOagvOiHszY1Je+8jOegtOagvOeahOWtpueUn+W/hemhu+iQveWunuWlveaOpeaUtumDqO+8iOmZouOAgeezu++8ieWSjOWvvOW4iO+8jOaWueiDveiOt+W+l+i1hOagvO+8mw0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgk444CB6KaB5rGC5Lit5YWx5YWa5ZGY77yI5oiW6aKE5aSH5YWa5ZGY77yJ77yM54Ot54ix5a2m55Sf5bel5L2c77yM5YWz54ix5a2m55Sf77ybDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCTnjgIHlrabnlJ/kvZPotKjlgaXlurfmtYvor5XlkIjmoLzvvIzml6DlvbHlk43nu6fnu63lrabkuaDnmoTouqvkvZPnvLrpmbflkoznlr7nl4XvvJsNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJMTDjgIHnrKblkIjkv53noJTln7rmnKzmnaHku7bjgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjguMXB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgk8Yj7lm5vjgIHlhbPkuo7pgInnlZnlrabnlJ/kuovliqHliqnnkIbnmoTnm7jlhbPmlL/nrZY8L2I+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjI4cHQ7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCTHjgIHnlLPor7fogIXnu4/ogIPmoLjlvZXlj5blkI7vvIzmiJDkuLrlrabnlJ/kuovliqHliqnnkIbvvIzojrflvpfmjqjojZDlhY3or5XnoJTnqbbnlJ/otYTmoLzvvIzpnIDmjInnhafmlZnogrLpg6jmnInlhbPmjqjojZDlhY3or5XnoJTnqbbnlJ/mlL/nrZblip7nkIbnm7jlhbPmiYvnu63vvIzoh6rooYzokL3lrp7noJTnqbbnlJ/lrabkuaDmnJ/pl7TnmoTmjqXmlLbljZXkvY3jgIHmjIflr7zmlZnluIjnrYnjgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjhwdDtiYWNrZ3JvdW5kOndoaXRlOyI+DQoJMuOAgeWtpueUn+S6i+WKoeWKqeeQhuWcqOeglOeptueUn+WFpeWtpuWJjemcgOWcqOmAieeVmeWNleS9jeaJv+aLheWtpueUn+W3peS9nOaIlueuoeeQhuW3peS9nO+8jOW3peS9nOaXtumXtOS4uuS4pOW5tOOAguWtpueUn+S6i+WKoeWKqeeQhuWcqOW3peS9nOacn+mXtOS/neeVmeeglOeptueUn+WFpeWtpui1hOagvOS4pOW5tO+8jOS4uuWtpueUn+i6q+S7ve+8jOWFqOiBjOW3peS9nO+8jOW3peS9nOiAg+aguOWQiOagvOWQjuaWueWPr+ato+W8j+WFpeWtpuOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyOHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgnogZTns7vkurrvvJrpmYjmtanlvLombmJzcDsgNTg4MDkyNDUNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJyaWdodCIgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MjguMHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgnmlL/lupznrqHnkIblrabpmaINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJyaWdodCIgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MjguMHB0O2JhY2tncm91bmQ6d2hpdGU7Ij4NCgkyMDE35bm0OeaciDE05pelDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0idGV4dC1pbmRlbnQ6MjguMHB0OyI+DQoJJm5ic3A7DQo8L3A+ZGQCEg8WAh8AAgEWAmYPZBYCZg8VAwQ2OTkxDGFubm91bmNlbWVudDzotbTnvo7lm73ljJfljaHnvZfojrHnurPlpKflraborr/pl67lrabnlJ/miqXlkI3pgInmi5TpgJouLi5kAhQPFgIfAAIBFgJmD2QWAmYPFQMENzk5OAxhbm5vdW5jZW1lbnQq5pS/5bqc566h55CG5a2m6ZmiMjAxN+W5tDEy5pyITVBB77yI5Y2VLi4uZBgBBR5fX0NvbnRyb2xzUmVxdWlyZVBvc3RCYWNrS2V5X18WAQUMSW1hZ2VCdXR0b24x2QSQF6Bbp4MSbGsMGe9KG+OoVw0=" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKpzq6NDwLs0bLrBgLSwpnTCG6SWdryee9XIr+1DcVl+w/gzfAQ" />
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
                                    <span id="Label1">政府管理学院关于选留2017年学生事务助理的通知</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-09-14</span>
                                    点击率：<span id="Label4">199</span>
                                </span>
                            </h5>
                            <span id="Label3"><p class="MsoNormal" align="center" style="text-align:center;background:white;">
	<br />
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	为了进一步充实我院学生工作队伍和管理工作队伍，保障各单位人才培养等工作顺利运行，现启动我院2017年学生事务助理选留工作，具体事项通知如下：
</p>
<p class="MsoListParagraph" align="left" style="margin-left:0cm;text-indent:28.1pt;background:white;">
	<b>一、&nbsp;&nbsp;&nbsp;&nbsp; </b><b>岗位设置情况</b><b></b>
</p>
<p class="MsoListParagraph" align="left" style="text-indent:28pt;background:white;">
	选留单位：政府管理学院学生工作办公室
</p>
<p class="MsoListParagraph" align="left" style="text-indent:28pt;background:white;">
	联系人：陈浩强，58809245，chq@bnu.edu.cn
</p>
<p class="MsoNormal" align="left" style="text-indent:28.1pt;background:white;">
	<b>二、选留工作流程</b>
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	第一阶段：学生报名、单位审核推荐（9月14日-9月15日）
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	各单位采取学生自荐、部（院、系）推荐相结合的方式选择人选。凡符合条件的学生均请各单位推荐工作小组在对申请材料进行严格审查后，可向我院联系人提交申请，并于9月15日中午11点前提交材料至主楼A501，申请表电子版发送至chq@bnu.edu.cn。
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	第二阶段：我院审核和组织面试（面试时间地点电话通知）
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	我院对材料进行审核并组织面试。面试内容包括：被推荐者思想政治素质、专业业务水平、工作能力等。面试形式采取自我陈述和答辩等方式。
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	第三阶段：确定人选、报送复审（9月18日）
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	我院根据面试结果报送辅导员基地审核。
</p>
<p class="MsoNormal" align="left" style="text-indent:28.1pt;background:white;">
	<b>三、申请人（被推荐人）条件</b>
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	1、应届本科毕业生，并且不属于委托培养、定向生、免费师范生等招生时即明确不得报考研究生的情形；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	&nbsp;
2、政治立场坚定，拥护党的领导，具有优秀的道德品质、较强的责任心；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	&nbsp;&nbsp;3、以身作则，乐于奉献；身心健康，性格开朗，善于与人沟通与合作；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	&nbsp;&nbsp;4、外语水平达到授予学士学位的要求（通过我校学士学位外语考试或经认定达到北京师范大学学士学位外语水平）；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	&nbsp;&nbsp;5、 应届本科毕业生的专业成绩应位于所在专业总人数的前60%（含60%）；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	&nbsp;&nbsp;6、具有学生干部工作经历者优先；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	&nbsp;&nbsp;7、专业成绩排名未达到要求，但其他方面特别优秀的学生（如大学期间取得市级或市级以上奖励、称号等）可以申请破格至65%，破格的学生必须落实好接收部（院、系）和导师，方能获得资格；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	8、要求中共党员（或预备党员），热爱学生工作，关爱学生；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	9、学生体质健康测试合格，无影响继续学习的身体缺陷和疾病；
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	10、符合保研基本条件。
</p>
<p class="MsoNormal" align="left" style="text-indent:28.1pt;background:white;">
	<b>四、关于选留学生事务助理的相关政策</b>
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	1、申请者经考核录取后，成为学生事务助理，获得推荐免试研究生资格，需按照教育部有关推荐免试研究生政策办理相关手续，自行落实研究生学习期间的接收单位、指导教师等。
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	2、学生事务助理在研究生入学前需在选留单位承担学生工作或管理工作，工作时间为两年。学生事务助理在工作期间保留研究生入学资格两年，为学生身份，全职工作，工作考核合格后方可正式入学。
</p>
<p class="MsoNormal" align="left" style="text-indent:28pt;background:white;">
	联系人：陈浩强&nbsp; 58809245
</p>
<p class="MsoNormal" align="right" style="text-align:right;text-indent:28.0pt;background:white;">
	政府管理学院
</p>
<p class="MsoNormal" align="right" style="text-align:right;text-indent:28.0pt;background:white;">
	2017年9月14日
</p>
<p class="MsoNormal" style="text-indent:28.0pt;">
	&nbsp;
</p></span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                                    <a href="newshow.aspx?newid=6991&wzlx=announcement" class="pres" style="float: left; width: 45%;">上一篇：赴美国北卡罗莱纳大学访问学生报名选拔通...</a>
                                
                            

                                    <a href="newshow.aspx?newid=7998&wzlx=announcement" class="pres" style="float: right; width: 45%;">下一篇：政府管理学院2017年12月MPA（单...</a>

                                
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
